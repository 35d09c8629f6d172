package org.osdkit.logs.errorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped table: its size, its sources, and the codes OSD admins meet most. */
class ErrorTableTest {

    private final ErrorCodes codes = ErrorCodes.builtIn();

    /** 55 codes seen in OSD, client and content logs, each with the symbol it must decode to. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0x80070002, ERROR_FILE_NOT_FOUND", "0x80070003, ERROR_PATH_NOT_FOUND", "0x80004005, E_FAIL",
            "0x80070005, ERROR_ACCESS_DENIED", "0x87D00324, ''", "0x80091007, CRYPT_E_HASH_VALUE",
            "0x8007000F, ERROR_INVALID_DRIVE", "0x80070070, ERROR_DISK_FULL", "0x800700A1, ERROR_BAD_PATHNAME",
            "0x80072EE7, ERROR_WINHTTP_NAME_NOT_RESOLVED", "0x80072EFD, ERROR_WINHTTP_CANNOT_CONNECT", "0x80070490, ERROR_NOT_FOUND",
            "0x8024402C, WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", "0x800F081F, CBS_E_SOURCE_MISSING", "0x80190194, BG_E_HTTP_ERROR_404",
            "0x80200010, BG_E_NETWORK_DISCONNECTED", "0x80070057, ERROR_INVALID_PARAMETER", "0x8007000E, ERROR_OUTOFMEMORY",
            "0x80070020, ERROR_SHARING_VIOLATION", "0x80070035, ERROR_BAD_NETPATH", "0x80070043, ERROR_BAD_NET_NAME",
            "0x8007045D, ERROR_IO_DEVICE", "0x800705B4, ERROR_TIMEOUT", "0x80070422, ERROR_SERVICE_DISABLED",
            "0x80070643, ERROR_INSTALL_FAILURE", "0x80070652, ERROR_INSTALL_ALREADY_RUNNING", "0x80070BC2, ERROR_SUCCESS_REBOOT_REQUIRED",
            "0x8007007E, ERROR_MOD_NOT_FOUND", "0x800700C1, ERROR_BAD_EXE_FORMAT", "0x8007052E, ERROR_LOGON_FAILURE",
            "0x8007054B, ERROR_NO_SUCH_DOMAIN", "0x800704CF, ERROR_NETWORK_UNREACHABLE", "0x80072F8F, ERROR_WINHTTP_SECURE_FAILURE",
            "0x80072EE2, ERROR_WINHTTP_TIMEOUT", "0x80004004, E_ABORT", "0x8000FFFF, E_UNEXPECTED",
            "0x80040154, REGDB_E_CLASSNOTREG", "0x8004100E, WBEM_E_INVALID_NAMESPACE", "0x80041010, WBEM_E_INVALID_CLASS",
            "0x80240022, WU_E_ALL_UPDATES_FAILED", "0x800F0922, CBS_E_INSTALLERS_FAILED", "0x800F0954, CBS_E_INVALID_WINDOWS_UPDATE_COUNT_WSUS",
            "0x800B0109, CERT_E_UNTRUSTEDROOT", "0x800B0101, CERT_E_EXPIRED", "0x80190191, BG_E_HTTP_ERROR_401",
            "0x80190193, BG_E_HTTP_ERROR_403", "0x87D00607, ''", "0x87D00669, ''", "0x87D01106, ''",
            "0x87D00668, ''", "0xC0000005, STATUS_ACCESS_VIOLATION", "0xC000021A, STATUS_SYSTEM_PROCESS_TERMINATED",
            "0xC0000225, STATUS_NOT_FOUND", "0x800704C7, ERROR_CANCELLED", "0x80070241, ERROR_INVALID_IMAGE_HASH"})
    void commonOsdCodesDecode(String code, String symbol) {
        DecodedCode d = codes.decode(code);
        assertFalse(d.meanings().isEmpty(), code + " has no meaning");
        CodeMeaning first = d.meanings().get(0);
        assertEquals(symbol, first.symbol(), code + ": " + d.meanings());
        assertFalse(first.message().isBlank());
        assertFalse(first.source().isBlank());
    }

    @Test
    void theTableHoldsAtLeast2500CodesEachWithASourceAndAVerdict() {
        List<CodeMeaning> rows = codes.rows();
        assertTrue(rows.size() >= 2500, "rows: " + rows.size());
        for (CodeMeaning m : rows) {
            assertFalse(m.source().isBlank(), "no source: " + m);
            assertFalse(m.verified().isBlank(), "no verdict: " + m);
            assertFalse(m.message().isBlank(), "no description: " + m);
            assertTrue(m.messageKind().equals("written") || m.messageKind().equals("from-name"), m.toString());
        }
    }

    @Test
    void everyWin32CodeOfTheHeadersIsThereOnceAndWithinRange() {
        Set<String> seen = new HashSet<>();
        int win32 = 0;
        for (CodeMeaning m : codes.rows()) {
            if (m.domain().equals("Win32")) {
                win32++;
                int n = Integer.parseInt(m.code());
                assertTrue(n >= 0 && n <= 15999, m.toString());
                assertTrue(seen.add(m.code()), "twice: " + m.code());
            }
        }
        assertTrue(win32 >= 2000, "Win32 rows: " + win32);
    }

    @Test
    void unverifiedRowsSaySo() {
        CodeMeaning cm = codes.decode("0x87D00324").meanings().get(0);
        assertEquals("ConfigMgr", cm.domain());
        assertTrue(cm.verified().startsWith("unverified"), cm.verified());
    }

    @Test
    void aFacilityListsItsRowsAndWin32ListsTheHresultForms() {
        List<CodeMeaning> http = codes.rowsOf("HTTP");
        assertTrue(http.stream().anyMatch(m -> m.symbol().equals("BG_E_HTTP_ERROR_404")));
        assertTrue(http.stream().allMatch(m -> m.code().startsWith("0x8019")), "only 0x8019 codes");
        assertEquals(http, codes.rowsOf("0x19"));
        List<CodeMeaning> win32 = codes.rowsOf("WIN32");
        assertTrue(win32.stream().anyMatch(m -> m.code().equals("0x80070057") && m.symbol().equals("ERROR_INVALID_PARAMETER")));
        assertTrue(codes.rowsOf("USMT").size() >= 20);
        assertTrue(codes.rowsOf("no-such-facility").isEmpty());
    }
}
