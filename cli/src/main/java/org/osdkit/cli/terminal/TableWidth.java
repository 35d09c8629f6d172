package org.osdkit.cli.terminal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * How wide a table may be: the terminal's width when stdout is a terminal ({@code COLUMNS} if set,
 * else what {@code stty size} reports), unlimited (0) when stdout is redirected, so files and pipes
 * get every character. Measured on first use only, so commands without a table spawn nothing.
 */
public final class TableWidth {

    /** No limit: for redirected output and writers that are not the process's stdout. */
    public static final IntSupplier UNLIMITED = () -> 0;

    private TableWidth() {
    }

    /** The limit for the process's stdout, measured once when a table first asks. */
    public static IntSupplier forStdout(Map<String, String> environment) {
        return new IntSupplier() {
            private int width = -1;

            @Override
            public synchronized int getAsInt() {
                if (width < 0) {
                    width = decide(Terminals.isTerminal(1), environment, TableWidth::sttyColumns);
                }
                return width;
            }
        };
    }

    /** The decision from injected facts: whether stdout is a terminal, the environment, and a measurement. */
    static int decide(boolean terminal, Map<String, String> environment, IntSupplier measured) {
        if (!terminal) {
            return 0;
        }
        String columns = environment.get("COLUMNS");
        if (columns != null) {
            try {
                int value = Integer.parseInt(columns.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // not a width: measure instead
            }
        }
        return Math.max(0, measured.getAsInt());
    }

    /** The terminal's columns from {@code stty size} on the controlling terminal; 0 when there is none (Windows). */
    private static int sttyColumns() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return 0;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                stty.destroy();
                return 0;
            }
            String[] rowsColumns = out.split("\\s+");
            return rowsColumns.length == 2 ? Integer.parseInt(rowsColumns[1]) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
