package org.osdkit.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The width a table must fit, from injected facts. */
class TableWidthTest {

    @Test
    void redirectedStdoutHasNoLimitEvenWithColumns() {
        assertEquals(0, TableWidth.decide(false, Map.of("COLUMNS", "80"), () -> 120));
    }

    @Test
    void columnsWinsOverTheMeasurementOnATerminal() {
        assertEquals(100, TableWidth.decide(true, Map.of("COLUMNS", "100"), () -> 120));
    }

    @Test
    void withoutAUsableColumnsTheTerminalIsMeasured() {
        assertEquals(120, TableWidth.decide(true, Map.of(), () -> 120));
        assertEquals(120, TableWidth.decide(true, Map.of("COLUMNS", "wide"), () -> 120));
        assertEquals(0, TableWidth.decide(true, Map.of(), () -> 0), "unknown width: no limit");
    }
}
