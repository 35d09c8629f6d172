package org.osdkit.cli.terminal;

import java.util.Map;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Colour for one output stream: errors red, warnings yellow, success green, or plain text. Colour only
 * when the stream is a terminal and nobody opted out ({@code --no-color}, {@code NO_COLOR} with any
 * value, {@code TERM=dumb}); on Windows only in consoles known to render ANSI escapes (Windows
 * Terminal, ConEmu, ANSICON, a {@code TERM} from Cygwin/MSYS), since the classic console prints them
 * as text. The escapes are picocli's ({@link Style}), so help and messages agree.
 */
public record Colours(boolean enabled) {

    /** Plain text: for redirected streams and for writers that are not the process's streams (tests). */
    public static final Colours NONE = new Colours(false);

    /** The decision for one stream, from everything it depends on (injected, so it is testable). */
    public static Colours decide(boolean terminal, boolean noColorOption, Map<String, String> environment, boolean windows) {
        if (!terminal || noColorOption || environment.containsKey("NO_COLOR") || "dumb".equals(environment.get("TERM"))) {
            return NONE;
        }
        if (windows && !(environment.containsKey("WT_SESSION") || environment.containsKey("ANSICON")
                || "ON".equalsIgnoreCase(environment.get("ConEmuANSI")) || environment.containsKey("TERM"))) {
            return NONE;
        }
        return new Colours(true);
    }

    /** picocli's switch for the usage help printed on this stream. */
    public Ansi ansi() {
        return enabled ? Ansi.ON : Ansi.OFF;
    }

    public String error(String text) {
        return paint(Style.fg_red, text);
    }

    public String warning(String text) {
        return paint(Style.fg_yellow, text);
    }

    public String success(String text) {
        return paint(Style.fg_green, text);
    }

    // The text is not picocli markup: @|...|@ in a path or message stays as it is.
    private String paint(Style style, String text) {
        return enabled ? style.on() + text + style.off() : text;
    }
}
