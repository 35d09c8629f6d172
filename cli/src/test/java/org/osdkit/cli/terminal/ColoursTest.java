package org.osdkit.cli.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a stream gets colour, from an injected "is a terminal" and environment. */
class ColoursTest {

    private static final Map<String, String> PLAIN = Map.of("TERM", "xterm-256color");

    @Test
    void aTerminalGetsRedErrorsYellowWarningsGreenSuccess() {
        Colours colours = Colours.decide(true, false, PLAIN, false);
        assertTrue(colours.enabled());
        assertEquals("\u001B[31mERROR: x\u001B[39m", colours.error("ERROR: x"));
        assertEquals("\u001B[33mWARNING: x\u001B[39m", colours.warning("WARNING: x"));
        assertEquals("\u001B[32mdone\u001B[39m", colours.success("done"));
    }

    @Test
    void aRedirectedStreamIsPlain() {
        Colours colours = Colours.decide(false, false, PLAIN, false);
        assertFalse(colours.enabled());
        assertEquals("ERROR: x", colours.error("ERROR: x"));
    }

    @Test
    void noColorWithAnyValueEvenEmptyTurnsColourOff() {
        assertFalse(Colours.decide(true, false, Map.of("NO_COLOR", ""), false).enabled());
        assertFalse(Colours.decide(true, false, Map.of("NO_COLOR", "0"), false).enabled());
    }

    @Test
    void theOptionAndADumbTerminalTurnColourOff() {
        assertFalse(Colours.decide(true, true, PLAIN, false).enabled());
        assertFalse(Colours.decide(true, false, Map.of("TERM", "dumb"), false).enabled());
    }

    @Test
    void onWindowsOnlyConsolesThatRenderEscapes() {
        assertFalse(Colours.decide(true, false, Map.of(), true).enabled(), "classic console prints escapes as text");
        assertTrue(Colours.decide(true, false, Map.of("WT_SESSION", "1c3e"), true).enabled(), "Windows Terminal");
        assertFalse(Colours.decide(true, false, Map.of("WT_SESSION", "1c3e", "NO_COLOR", "1"), true).enabled());
    }

    @Test
    void markupInTheTextIsNotInterpreted() {
        assertEquals("\u001B[31m@|bold x|@\u001B[39m", Colours.decide(true, false, PLAIN, false).error("@|bold x|@"));
    }

    @Test
    void eachStreamIsDecidedOnItsOwn() {
        StreamColours outOnly = StreamColours.detect(new String[] {"status"}, PLAIN, fd -> fd == 1, false);
        assertTrue(outOnly.out().enabled());
        assertFalse(outOnly.err().enabled(), "stderr redirected");
        StreamColours errOnly = StreamColours.detect(new String[] {"status"}, PLAIN, fd -> fd == 2, false);
        assertFalse(errOnly.out().enabled(), "stdout piped");
        assertTrue(errOnly.err().enabled());
    }

    @Test
    void noColorAnywhereBeforeDoubleDashTurnsBothOff() {
        assertEquals(StreamColours.NONE, StreamColours.detect(new String[] {"logs", "parse", "--no-color", "x.log"}, PLAIN, fd -> true, false));
        StreamColours afterDashes = StreamColours.detect(new String[] {"logs", "parse", "--", "--no-color"}, PLAIN, fd -> true, false);
        assertTrue(afterDashes.out().enabled() && afterDashes.err().enabled(), "after -- it is a file name");
    }

    @Test
    void terminalDevicesAreTerminalsPipesAndFilesAreNot(@TempDir Path dir) {
        assertTrue(Terminals.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminals.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminals.isTerminalDevice("pipe:[1322682]"));
        assertFalse(Terminals.isTerminalDevice("/dev/null"));
        assertFalse(Terminals.isTerminalDevice(dir.resolve("out.txt").toString()));
    }
}
