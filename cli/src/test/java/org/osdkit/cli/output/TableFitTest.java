package org.osdkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.cli.terminal.StreamColours;

/** Tables fit the terminal: long cells lose their middle; redirected output keeps every character. */
class TableFitTest {

    private static final String PATH = "\\\\SRV01\\Sources\\Drivers\\Lenovo\\ThinkPad R61\\Vista x64\\Audio\\SoundMAX\\smaxwdm.inf";

    private static String print(int width) {
        StringWriter out = new StringWriter();
        Printer printer = new Printer(new PrintWriter(out), new PrintWriter(new StringWriter()), OutputFormat.table,
                ZoneOffset.UTC, StreamColours.NONE, () -> width);
        printer.table(Table.of("DriverID", "Class", "Path").row(17, "MEDIA", PATH).row(18, "Net", "C:\\short.inf"));
        return out.toString().replace("\r", "");
    }

    @Test
    void aWideTableFitsTheWidthAndAPathKeepsItsRootAndFileName() {
        List<String> lines = print(60).lines().toList();
        for (String line : lines) {
            assertTrue(line.length() <= 60, line.length() + " > 60: " + line);
        }
        String row = lines.get(2);
        String cell = row.substring(row.indexOf("\\\\SRV01"));
        assertTrue(cell.startsWith("\\\\SRV01\\Sources") && cell.endsWith("SoundMAX\\smaxwdm.inf") && cell.contains("..."), cell);
        assertTrue(lines.get(3).endsWith("C:\\short.inf"), "a short cell stays whole: " + lines.get(3));
    }

    @Test
    void noLimitPrintsEveryCharacter() {
        assertTrue(print(0).contains(PATH));
        assertTrue(print(200).contains(PATH), "a table that fits is untouched");
    }

    @Test
    void columnsDoNotShrinkBelowTheirHeaderSoATinyTerminalStaysReadable() {
        List<String> lines = print(10).lines().toList();
        assertEquals("DriverID  Class  Path", lines.get(0), "headers whole");
        String path = lines.get(2).substring("DriverID  Class  ".length());
        assertEquals(TableFit.MIN, path.length(), "a path column keeps " + TableFit.MIN + " characters: " + path);
    }

    @Test
    void elisionKeepsBothEnds() {
        assertEquals("abcd...xyz", TableFit.elide("abcdefghijklmnopqrstuvwxyz", 10));
        assertEquals("short", TableFit.elide("short", 10));
    }
}
