package org.osdkit.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code logs errcode} decoding and listing the table, and {@code logs diagnose} on a failed client setup. */
class ErrcodeAndDiagnoseCommandsTest extends LogsCliFixture {

    private static List<String[]> csv(String text) throws IOException {
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class).readValues(text)) {
            return it.readAll();
        }
    }

    @Test
    void decodingOpensNoWorkspaceSoItAnswersWhereNoneCanBeMade() throws IOException {
        // A regular file where the workspace would go: opening it fails, and the lookup needs none.
        Files.writeString(dir.resolve("workspace"), "not a folder");
        assertEquals(0, run("logs", "errcode", "0x80004005"), err);
        assertTrue(out.contains("E_FAIL"), out);
        assertEquals("not a folder", Files.readString(dir.resolve("workspace")));
        // A command that uses the workspace still refuses it, naming it.
        assertEquals(1, run("logs", "history"), out);
        assertTrue(err.contains("cannot be used"), err);
    }

    @Test
    void win32Code87IsAnErrorNotASuccess() {
        assertEquals(0, run("logs", "errcode", "87"));
        assertTrue(out.contains("ERROR_INVALID_PARAMETER"), out);
        assertTrue(out.contains("Win32 error code 87") && out.contains("0x80070057"), out);
        assertFalse(out.contains("success"), out);
    }

    @Test
    void bitsHttp404DecodesWithItsFacility() {
        assertEquals(0, run("logs", "errcode", "0x80190194"));
        assertTrue(out.contains("BG_E_HTTP_ERROR_404"), out);
        assertTrue(out.contains("25 (HTTP)"), out);
        assertTrue(out.contains("bitsmsg.h"), out);
    }

    @Test
    void aCodeTheTableLacksIsStillTakenApart() {
        assertEquals(0, run("logs", "errcode", "0x8019FFFF"));
        assertTrue(out.contains("HRESULT, severity failure, facility 25 (HTTP), code 65535"), out);
    }

    @Test
    void listPrintsTheWholeTableAsCsvWithASourcePerRow() throws IOException {
        assertEquals(0, run("logs", "errcode", "--list", "--output", "csv"));
        List<String[]> rows = csv(out);
        assertEquals(List.of("Code", "Domain", "Facility", "Symbol", "Aliases", "Description", "DescriptionKind", "Source", "Verified"),
                List.of(rows.get(0)));
        assertTrue(rows.size() - 1 >= 2500, "rows: " + (rows.size() - 1));
        for (String[] r : rows.subList(1, rows.size())) {
            assertFalse(r[7].isBlank(), "no source: " + String.join(",", r));
        }
    }

    @Test
    void listOneFacility() throws IOException {
        assertEquals(0, run("logs", "errcode", "--list", "--facility", "HTTP", "--output", "csv"));
        List<String[]> rows = csv(out).subList(1, csv(out).size());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r[0].startsWith("0x8019")), out);
        assertTrue(rows.stream().anyMatch(r -> r[3].equals("BG_E_HTTP_ERROR_404")));
        assertEquals(2, run("logs", "errcode", "--list", "--facility", "NOPE"));
        assertTrue(err.contains("NOPE"), err);
        assertEquals(2, run("logs", "errcode", "--facility", "HTTP", "0x80190194"));
    }

    @Test
    void diagnoseOfAFailedClientSetupExitsOne() throws IOException {
        Path log = dir.resolve("ccmsetup/Logs/ccmsetup.log");
        Files.createDirectories(log.getParent());
        String shape = "<![LOG[%s]LOG]!><time=\"09:12:0%d.000+480\" date=\"03-14-2026\" component=\"ccmsetup\" context=\"\" type=\"%d\" thread=\"2204\" file=\"\">\r\n";
        Files.writeString(log, String.format(shape, "Failed to successfully complete HTTP request. (StatusCode at WinHttpQueryHeaders: 401)", 1, 3)
                + String.format(shape, "Failed to download files through BITS. Error: 0x80190194", 3, 3)
                + String.format(shape, "CcmSetup failed with error code 0x80190194", 4, 1));
        assertEquals(1, run("logs", "diagnose", log.toString(), "--no-save"));
        assertTrue(out.contains("CCMSETUP-DOWNLOAD-HTTP-BITS") && out.contains("CCMSETUP-HTTP-UNAUTHORIZED"), out);
    }

    @Test
    void aWarningLevelFindingIsAProblemFoundAndAnInfoLevelOneIsNot() throws IOException {
        String shape = "<![LOG[%s]LOG]!><time=\"09:30:00.000+480\" date=\"03-14-2026\" component=\"ccmsetup\" context=\"\" type=\"%d\" thread=\"2204\" file=\"\">\r\n";
        Path rebootPending = Files.writeString(Files.createDirectories(dir.resolve("pending")).resolve("ccmsetup.log"),
                String.format(shape, "CcmSetup is exiting with return code 7", 1));
        assertEquals(1, run("logs", "diagnose", rebootPending.toString(), "--no-save"), out + err);
        assertTrue(out.contains("CCMSETUP-REBOOT-PENDING") && out.contains("WARNING"), out);

        Path harmless = Files.writeString(Files.createDirectories(dir.resolve("harmless")).resolve("ccmsetup.log"),
                String.format(shape, "Failed to connect to policy namespace. Error 0x8004100e", 2)
                        + String.format(shape, "CcmSetup is exiting with return code 0", 1));
        assertEquals(0, run("logs", "diagnose", harmless.toString(), "--no-save"), out + err);
        assertTrue(out.contains("CCMSETUP-POLICY-NAMESPACE"), "the info-level finding is still shown: " + out);
    }
}
