package org.osdkit.logs.errorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;

class ErrorCodesTest {

    private final ErrorCodes codes = ErrorCodes.builtIn();

    @Test
    void decodesEFailWithItsFields() {
        DecodedCode d = codes.decode("0x80004005");
        assertEquals("0x80004005", d.hex());
        assertEquals(-2147467259, d.signed());
        assertEquals(2147500037L, d.unsigned());
        assertTrue(d.failure());
        assertEquals(0, d.facility());
        assertEquals("NULL", d.facilityName());
        assertEquals(0x4005, d.code());
        assertEquals("HRESULT", d.kind());
        assertEquals("failure", d.severity());
        assertTrue(d.summary().startsWith("E_FAIL: "), d.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x80070057", "80070057", "-2147024809", "2147942487", "0X80070057", "(Error: 80070057; Source: Windows)"})
    void everyFormOfOneCodeGivesTheSameWin32Error(String form) {
        DecodedCode d = codes.decode(form);
        assertEquals("0x80070057", d.hex());
        assertEquals("WIN32", d.facilityName());
        assertEquals(87, d.win32());
        assertTrue(d.meanings().stream().anyMatch(m -> m.symbol().equals("ERROR_INVALID_PARAMETER")));
    }

    @Test
    void decodesWindowsUpdateConfigMgrAndWmiFacilities() {
        DecodedCode wu = codes.decode("0x8024402C");
        assertEquals(36, wu.facility());
        assertEquals("WINDOWSUPDATE", wu.facilityName());
        assertEquals(0x402C, wu.code());
        assertEquals("WU_E_PT_WINHTTP_NAME_NOT_RESOLVED", wu.meanings().get(0).symbol());
        assertEquals("ConfigMgr", codes.decode("0x87D00324").facilityName());
        assertEquals("WBEM_E_INVALID_NAMESPACE", codes.decode("0x8004100e").meanings().get(0).symbol());
        assertEquals("ERROR_WINHTTP_SECURE_FAILURE", codes.decode("80072f8f").meanings().get(0).symbol());
    }

    @Test
    void conflictingSourcesForAConfigMgrCodeAreBothShown() {
        DecodedCode d = codes.decode("0x87d01004");
        assertTrue(d.meanings().get(0).message().contains("conflict"));
        assertTrue(d.meanings().get(0).source().contains("0x87d01004"));
    }

    @Test
    void unknownCodesStillGetTheirFields() {
        DecodedCode d = codes.decode("0x87D0FFFE");
        assertTrue(d.meanings().isEmpty());
        assertEquals(0x7D0, d.facility());
        assertTrue(d.summary().startsWith("Unknown code: failure, facility 2000 (ConfigMgr)"), d.summary());
        DecodedCode nt = codes.decode("0xD0000022");
        assertTrue(nt.ntStatus());
    }

    @Test
    void aSmallNumberIsAWin32ErrorNotASuccess() {
        DecodedCode d = codes.decode("87");
        assertEquals("Win32", d.kind());
        assertEquals("error", d.severity());
        assertEquals("0x80070057", d.hresult());
        assertEquals(7, d.facility());
        assertEquals("WIN32", d.facilityName());
        assertEquals("ERROR_INVALID_PARAMETER", d.meanings().get(0).symbol());
        assertTrue(d.explanation().startsWith("Win32 error code 87"), d.explanation());
        assertEquals("success", codes.decode("0").severity());
    }

    @Test
    void bitsHttpErrorsDecodeWithTheirFacility() {
        DecodedCode d = codes.decode("0x80190194");
        assertEquals(25, d.facility());
        assertEquals("HTTP", d.facilityName());
        assertEquals("BG_E_HTTP_ERROR_404", d.meanings().get(0).symbol());
        assertEquals("BG_E_NETWORK_DISCONNECTED", codes.decode("0x80200010").meanings().get(0).symbol());
        assertEquals("BACKGROUNDCOPY", codes.decode("0x80200010").facilityName());
    }

    @Test
    void ntStatusValuesAndHresultsWrappingThemDecode() {
        DecodedCode av = codes.decode("0xC0000005");
        assertEquals("NTSTATUS", av.kind());
        assertEquals("error", av.severity());
        assertEquals("STATUS_ACCESS_VIOLATION", av.meanings().get(0).symbol());
        DecodedCode wrapped = codes.decode("0xD0000022");
        assertEquals("HRESULT from NTSTATUS", wrapped.kind());
        assertTrue(wrapped.meanings().stream().anyMatch(m -> m.symbol().equals("STATUS_ACCESS_DENIED")));
    }

    @Test
    void unknownCodesAreStillExplained() {
        DecodedCode d = codes.decode("0x8019FFFF");
        assertTrue(d.meanings().isEmpty());
        assertEquals("HTTP", d.facilityName());
        assertTrue(d.explanation().contains("severity failure"), d.explanation());
        assertTrue(d.explanation().contains("facility 25 (HTTP)"), d.explanation());
        DecodedCode nt = codes.decode("0xC00FFFFF");
        assertEquals("NTSTATUS", nt.kind());
        assertEquals(15, nt.facility());
    }

    @Test
    void successCodesAreNotFailures() {
        assertFalse(codes.decode("0x00000000").failure());
        assertEquals("S_FALSE", codes.decode("0x00000001").meanings().get(0).symbol());
        // Written as a plain number, 1 is the Win32 error (and a USMT exit code), not S_FALSE.
        assertEquals("ERROR_INVALID_FUNCTION", codes.decode("1").meanings().get(0).symbol());
    }

    @Test
    void aSmallNumberIsAWin32ErrorAndAnExitCode() {
        DecodedCode d = codes.decode("38");
        assertEquals(38, d.win32());
        List<String> symbols = d.meanings().stream().map(CodeMeaning::symbol).toList();
        assertTrue(symbols.contains("ERROR_HANDLE_EOF"));
        assertTrue(symbols.contains("USMT_ERROR_CORRUPTED_NOTENCRYPTED_STORE"));
        assertEquals("ERROR_INVALID_PARAMETER", codes.decode("87").meanings().stream()
                .filter(m -> m.domain().equals("Win32")).findFirst().orElseThrow().symbol());
    }

    @Test
    void findsCodesInMessagesButNotInGuidsHashesOrLongerNumbers() {
        assertEquals(List.of(0x80004005L), List.copyOf(ErrorCodes.valuesIn("Cleanup of store failed with errorcode (80004005)")));
        assertEquals(List.of(0x8000FFFFL), List.copyOf(ErrorCodes.valuesIn("Process completed with exit code 2147549183")));
        assertEquals(List.of(0x80070057L), List.copyOf(ErrorCodes.valuesIn("hr=-2147024809")));
        assertEquals(List.of(38L), List.copyOf(ErrorCodes.valuesIn("USMT returned exit code (0x00000026)")));
        assertTrue(ErrorCodes.valuesIn("{8A1D3C2E-1111-2222-3333-444455556666} FBC02D2321401636EFBD99756C5AAF338C3D018C06B9724EB56B409163928473").isEmpty());
        assertTrue(ErrorCodes.valuesIn("build 180040051 and 0x800040051").isEmpty());
    }

    @Test
    void textWithoutACodeIsAnInvalidCodeError() {
        assertEquals(LogsErrors.INVALID_ERROR_CODE, assertThrows(OsdkitException.class, () -> codes.decode("no code here")).code());
        assertNull(ErrorCodes.parseNumber("99999999999"));
    }

    /** Eight decimal digits read as hex (logs write HRESULTs that way), so those values are left out. */
    @Property(tries = 300)
    void theFourNumberFormsOfAnyValueDecodeAlike(@ForAll int value) {
        long u = value & 0xFFFFFFFFL;
        Assume.that(Integer.toString(value).length() != 8 && Long.toString(u).length() != 8);
        String hex = String.format("%08X", u);
        DecodedCode a = codes.decode("0x" + hex);
        assertEquals(a.hex(), codes.decode(hex).hex());
        assertEquals(a.hex(), codes.decode(Integer.toString(value)).hex());
        assertEquals(a.hex(), codes.decode(Long.toString(u)).hex());
    }
}
