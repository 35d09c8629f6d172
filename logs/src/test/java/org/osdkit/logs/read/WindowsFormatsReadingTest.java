package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Windows text formats beyond CMTrace, read from the test logs under {@code formats/} (see its README). */
class WindowsFormatsReadingTest {

    static Logs.Read resource(String name) {
        try (InputStream in = WindowsFormatsReadingTest.class.getResourceAsStream("/formats/" + name)) {
            return Logs.bytes(in.readAllBytes(), ReadOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void setupApiSectionsBecomeStartBodyAndEndRecordsWithTheirResult() {
        Logs.Read read = resource("setupapi.dev.log");
        assertEquals(LogFormat.SETUPAPI, read.format());
        List<LogRecord> r = read.records();
        LogRecord start = r.stream().filter(x -> x.message().startsWith("Section start: Device Install (Hardware")).findFirst().orElseThrow();
        assertEquals(t("2026-01-05T10:11:12.345"), start.localTime());
        assertEquals("Device Install", start.component());
        assertEquals(ZoneStatus.UNKNOWN, start.zone());
        LogRecord warning = r.stream().filter(x -> x.message().startsWith("Driver package signature")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("dvi", warning.component());
        assertEquals(t("2026-01-05T10:11:12.345"), warning.localTime());
        List<LogRecord> ends = r.stream().filter(x -> x.message().startsWith("Section end: ")).toList();
        assertEquals(2, ends.size());
        assertEquals(t("2026-01-05T10:11:14.845"), ends.get(0).localTime());
        assertEquals(Severity.INFO, ends.get(0).severity());
        assertTrue(ends.get(0).message().contains("exit status SUCCESS"), ends.get(0).message());
        assertTrue(ends.get(0).message().contains("took 2500 ms"), ends.get(0).message());
        assertEquals(15, ends.get(0).line());
        assertEquals(Severity.ERROR, ends.get(1).severity());
        assertTrue(ends.get(1).message().contains("FAILURE(0x00000005)"), ends.get(1).message());
        LogRecord error = r.stream().filter(x -> x.message().startsWith("Failed to copy")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, error.severity());
        assertEquals("sto", error.component());
        LogRecord header = r.stream().filter(x -> x.message().startsWith("OS Version")).findFirst().orElseThrow();
        assertNull(header.localTime());
        assertTrue(read.problems().isEmpty(), read.problems().toString());
    }

    @Test
    void setupApiReadsTheOlderFooterShapeWithHexStatus() {
        String text = ">>>  [Device Install - USB\\VID_1111]\n>>>  2005/02/13 22:06:20.000: Section start\nndv: Retrieving device info...\n"
                + "<<<  [2005/02/13 22:06:28.109: Section end]\n<<<  [Exit Status(0x00000000)]\n";
        Logs.Read read = Logs.text(text);
        assertEquals(LogFormat.SETUPAPI, read.format());
        LogRecord end = read.records().get(read.records().size() - 1);
        assertEquals(t("2005-02-13T22:06:28.109"), end.localTime());
        assertEquals(Severity.INFO, end.severity());
        assertTrue(end.message().contains("0x00000000") && end.message().contains("took 8109 ms"), end.message());
        assertEquals("ndv", read.records().get(1).component());
    }

    @Test
    void cbsColumnsGiveSeverityAndComponentAndContinuationLinesStayWithTheirRecord() {
        Logs.Read read = resource("CBS.log");
        assertEquals(LogFormat.CBS, read.format());
        List<LogRecord> r = read.records();
        assertEquals(5, r.size());
        assertEquals("CBS", r.get(0).component());
        assertEquals(Severity.INFO, r.get(0).severity());
        assertEquals("Starting TrustedInstaller initialization.", r.get(0).message());
        assertEquals("CSI", r.get(1).component());
        assertEquals(Severity.WARNING, r.get(2).severity());
        assertEquals(Severity.ERROR, r.get(3).severity());
        assertEquals("Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]\n    continuation: source was not found\n    continuation: second line",
                r.get(3).message());
        assertEquals(t("2026-01-05T10:11:14"), r.get(3).localTime());
        assertEquals(7, r.get(4).line());
    }

    @Test
    void dismUsesTheSameColumns() {
        List<LogRecord> r = resource("DISM.log").records();
        assertEquals(2, r.size());
        assertEquals("DISM", r.get(1).component());
        assertEquals(Severity.ERROR, r.get(1).severity());
        assertTrue(r.get(1).message().startsWith("DISM Package Manager: PID=4242"));
    }

    @Test
    void pantherKeepsMessageCodesAsContextAndBracketedComponents() {
        Logs.Read read = resource("setupact.log");
        assertEquals(LogFormat.CBS, read.format());
        List<LogRecord> r = read.records();
        assertEquals("IBS", r.get(0).component());
        assertEquals("0x0606cc", r.get(0).context());
        assertEquals("InstallWindows: starting", r.get(0).message());
        assertEquals("setup.exe", r.get(1).component());
        assertEquals("Setup started", r.get(1).message());
        assertEquals(Severity.ERROR, r.get(3).severity());
        assertEquals("MIG", r.get(3).component());
        assertEquals("0x08038d", r.get(3).context());
    }

    @Test
    void msiLinesTakeTheHeaderDateCrossMidnightAndReturnValue3IsAnError() {
        Logs.Read read = resource("msi-verbose.log");
        assertEquals(LogFormat.MSI, read.format());
        List<LogRecord> r = read.records();
        assertEquals(10, r.size());
        assertEquals("MSI (c)", r.get(1).component());
        assertEquals(t("2026-01-05T23:59:58.100"), r.get(1).localTime());
        assertEquals(String.valueOf(0x4C), r.get(1).thread());
        assertEquals(Severity.INFO, r.get(2).severity(), "MSI's harmless notes say Error");
        assertEquals(t("2026-01-06T00:00:01"), r.get(3).localTime());
        assertEquals(Severity.ERROR, r.get(4).severity());
        assertEquals(t("2026-01-06T00:00:02.345"), r.get(4).localTime());
        assertEquals(Severity.ERROR, r.get(6).severity());
        assertTrue(r.get(6).message().endsWith("Return value 3."));
        assertEquals(t("2026-01-06T00:00:03"), r.get(7).localTime(), "a property line takes the last time seen");
        assertEquals(Severity.ERROR, r.get(8).severity());
    }

    @Test
    void windowsUpdateColumnsGiveProcessThreadAndComponent() {
        Logs.Read read = resource("WindowsUpdate.log");
        assertEquals(LogFormat.WINDOWS_UPDATE, read.format());
        List<LogRecord> r = read.records();
        assertEquals(3, r.size());
        assertEquals(t("2026-01-05T10:30:00.1234567"), r.get(0).localTime());
        assertEquals("ComApi", r.get(0).component());
        assertEquals("1084", r.get(0).context());
        assertEquals("5832", r.get(0).thread());
        assertEquals("* START *   Federated Search ClientId = UpdateOrchestrator", r.get(0).message());
        assertEquals("DownloadManager", r.get(2).component());
        assertEquals(Severity.ERROR, r.get(2).severity());
    }

    @Test
    void iisFieldsComeFromTheHeaderAndTimesAreUtc() {
        Logs.Read read = resource("u_ex260105.log");
        assertEquals(LogFormat.IIS_W3C, read.format());
        List<LogRecord> r = read.entries();
        assertEquals(7, r.size());
        LogRecord ok = r.get(4);
        assertEquals(Instant.parse("2026-01-05T10:40:00Z"), ok.utc());
        assertEquals(ZoneStatus.KNOWN, ok.zone());
        assertEquals(Severity.INFO, ok.severity());
        assertTrue(ok.message().startsWith("GET /SMS_DP_SMSPKG$/ABC00012 -> 200.0 "), ok.message());
        assertTrue(ok.message().contains("c-ip=10.0.0.77"), ok.message());
        assertEquals(Severity.WARNING, r.get(5).severity());
        assertEquals(Severity.ERROR, r.get(6).severity());
        assertTrue(r.get(6).message().contains("sc-win32-status=5"), r.get(6).message());
    }

    @Test
    void aNewFieldsHeaderChangesTheColumnsOfTheLinesAfterIt() {
        String text = "#Fields: date time sc-status\n2026-01-05 10:00:00 200\n#Fields: time date cs-method sc-status\n10:00:01 2026-01-05 POST 503\n";
        List<LogRecord> r = Logs.text(text).records();
        assertEquals(Instant.parse("2026-01-05T10:00:01Z"), r.get(3).utc());
        assertEquals(Severity.ERROR, r.get(3).severity());
        assertEquals("POST -> 503", r.get(3).message());
    }

    @Test
    void plainTextWithAnIsoTimeIsStillPlain() {
        assertEquals(LogFormat.PLAIN, Logs.text("2026-01-05 10:11:12 something happened\n").format());
    }
}
