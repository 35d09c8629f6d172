package org.osdkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.json.OsdkitJson;

class PrinterTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Printer printer(OutputFormat format) {
        return new Printer(new PrintWriter(out), new PrintWriter(err), format, ZoneOffset.ofHours(1));
    }

    private static Table sample() {
        return Table.of("PackageID", "Name", "SourceVersion", "LastRefresh")
                .row("PS100012", "Drivers - Lenovo R61, XP \"x86\"", 3, Instant.parse("2026-11-23T10:00:00Z"))
                .row("PS100013", null, 1, null);
    }

    @Test
    void tablesAlignColumnsAndShowLocalTimes() {
        printer(OutputFormat.table).table(sample());
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[0].matches("PackageID  Name {28}SourceVersion  LastRefresh"), lines[0]);
        assertTrue(lines[1].startsWith("---------  " + "-".repeat(30) + "  "), lines[1]);
        assertEquals(lines[0].indexOf("SourceVersion"), lines[2].indexOf("3 "), "columns line up");
        assertTrue(lines[2].endsWith("2026-11-23 11:00:00"), lines[2]);
    }

    @Test
    void csvQuotesCommasAndQuotesAndKeepsIsoTimes() {
        printer(OutputFormat.csv).table(sample());
        String[] lines = out.toString().split("\\R");
        assertEquals("PackageID,Name,SourceVersion,LastRefresh", lines[0]);
        assertEquals("PS100012,\"Drivers - Lenovo R61, XP \"\"x86\"\"\",3,2026-11-23T10:00:00Z", lines[1]);
        assertEquals("PS100013,,1,", lines[2]);
    }

    @Test
    void jsonKeepsNumbersAndIsoTimes() {
        printer(OutputFormat.json).table(sample());
        String json = out.toString();
        assertTrue(json.contains("\"SourceVersion\" : 3"), json);
        assertTrue(json.contains("\"LastRefresh\" : \"2026-11-23T10:00:00Z\""), json);
        assertTrue(json.contains("\"Name\" : null"), json);
    }

    @Test
    void messagesForPeopleStayOffStdoutWhenItCarriesData() {
        printer(OutputFormat.json).info("3 drivers imported");
        assertEquals("", out.toString());
        assertEquals("3 drivers imported", err.toString().strip());
        printer(OutputFormat.table).info("3 drivers imported");
        assertEquals("3 drivers imported", out.toString().strip());
    }

    @Test
    void jsonLinesAreOneObjectPerLine() {
        Printer p = printer(OutputFormat.json);
        p.jsonLine(java.util.Map.of("line", 1));
        p.jsonLine(java.util.Map.of("line", 2));
        p.out().flush();
        assertEquals("{\"line\":1}\n{\"line\":2}\n", out.toString().replace("\r\n", "\n"));
    }

    /** What a command hands the printer: core values, a time, a path. */
    record Change(SiteCode site, PackageId id, UncPath share, Instant at, Path file) {
    }

    private static final Change CHANGE = new Change(SiteCode.of("SE1"), PackageId.of("PS100012"), UncPath.of("\\\\cm01\\Drivers"),
            Instant.parse("2026-11-23T10:00:00Z"), Path.of("backup.ct0"));

    @Test
    void jsonWritesCoreValuesAsTheirPlainText() {
        printer(OutputFormat.json).json(CHANGE);
        String json = out.toString();
        assertTrue(json.contains("\"site\" : \"SE1\""), json);
        assertTrue(json.contains("\"id\" : \"PS100012\""), json);
        assertTrue(json.contains("\"share\" : \"\\\\\\\\cm01\\\\Drivers\""), json);
        assertTrue(json.contains("\"at\" : \"2026-11-23T10:00:00Z\""), json);
        assertTrue(json.contains("\"file\" : \"backup.ct0\""), json);
    }

    @Test
    void jsonIsOsdkitsOneConfigurationPrettyPrinted() throws Exception {
        printer(OutputFormat.json).json(CHANGE);
        assertEquals(OsdkitJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(CHANGE), out.toString().strip());
        out.getBuffer().setLength(0);
        Printer p = printer(OutputFormat.json);
        p.jsonLine(CHANGE);
        p.out().flush();
        assertEquals(OsdkitJson.mapper().writeValueAsString(CHANGE), out.toString().strip());
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksOnly() {
        printer(OutputFormat.csv).table(Table.of("Name", "Message")
                .row("comma", "a, b")
                .row("quote", "say \"hi\"")
                .row("newline", "first\nsecond")
                .row("crlf", "first\r\nsecond")
                .row("plain", "Drivers - Lenovo R61 (x86) #1; 50% done")
                .row("", " padded "));
        // Line breaks inside a quoted cell are kept as they were; rows end as println ends them.
        assertEquals(String.join(System.lineSeparator(), "Name,Message", "comma,\"a, b\"", "quote,\"say \"\"hi\"\"\"",
                "newline,\"first\nsecond\"", "crlf,\"first\r\nsecond\"", "plain,Drivers - Lenovo R61 (x86) #1; 50% done", ", padded ", ""), out.toString());
    }

    @Test
    void csvCellsReadAsTheirJsonDoes() {
        printer(OutputFormat.csv).table(Table.of("SiteCode", "At", "Local", "Count", "Ok", "Share", "Tags")
                .row(SiteCode.of("se1"), Instant.parse("2026-11-23T10:00:00Z"), LocalDateTime.parse("2009-02-10T10:15:02.459"), 3, true,
                        UncPath.of("\\\\cm01\\Drivers"), List.of("a", "b")));
        String[] lines = out.toString().split("\\R");
        assertEquals("SiteCode,At,Local,Count,Ok,Share,Tags", lines[0]);
        assertEquals("SE1,2026-11-23T10:00:00Z,2009-02-10T10:15:02.459,3,true,\\\\cm01\\Drivers,\"[a, b]\"", lines[1]);
    }

    @Test
    void csvOfNoRowsIsTheHeader() {
        printer(OutputFormat.csv).table(Table.of("PackageID", "Name"));
        assertEquals("PackageID,Name", out.toString().strip());
    }

    @Test
    void csvRowsAreBoundToARecordWhoseComponentsAreTheColumns() {
        Printer p = printer(OutputFormat.csv);
        CsvRows<Change> rows = p.csvRows(Change.class);
        rows.write(CHANGE);
        rows.write(new Change(SiteCode.of("PS1"), PackageId.of("PS100013"), UncPath.of("/srv/drivers, new"), Instant.parse("2026-11-24T08:30:00Z"),
                Path.of("a \"b\".ct0")));
        String[] lines = out.toString().split("\\R");
        assertEquals(3, lines.length, out.toString());
        assertEquals("site,id,share,at,file", lines[0]);
        assertEquals("SE1,PS100012,\\\\cm01\\Drivers,2026-11-23T10:00:00Z,backup.ct0", lines[1]);
        assertEquals("PS1,PS100013,\"/srv/drivers, new\",2026-11-24T08:30:00Z,\"a \"\"b\"\".ct0\"", lines[2]);
    }
}
