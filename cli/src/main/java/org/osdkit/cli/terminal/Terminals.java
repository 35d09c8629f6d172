package org.osdkit.cli.terminal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether the process's stdout or stderr is a terminal. Java 17 only knows {@code System.console()},
 * which needs stdin and stdout to be terminals and says nothing about stderr; on Linux the file
 * descriptor's link in {@code /proc/self/fd} tells each stream apart ({@code 2>log} leaves stdout
 * coloured, {@code | less} leaves stderr coloured). Elsewhere it falls back to the console.
 */
public final class Terminals {

    private Terminals() {
    }

    /** Whether file descriptor {@code fd} (0 stdin, 1 stdout, 2 stderr) is a terminal. */
    public static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                return isTerminalDevice(Files.readSymbolicLink(link).toString());
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // no /proc: fall through to the console
        }
        return System.console() != null;
    }

    /** A pseudo-terminal or a console device; not a pipe, file or /dev/null. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
