package org.osdkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

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
}
