package org.osdkit.cli.output;

import java.util.List;

/**
 * Fits a text table into the terminal: the widest columns give up space first, down to their
 * header's width (at least {@value #MIN}); a cell longer than its column loses its middle, so a path
 * keeps its root and its file name ({@code \\SRV\Sources\...\Audio\R61\setup.inf}).
 */
final class TableFit {

    static final String ELLIPSIS = "...";
    static final int MIN = 8;
    private static final int GAP = 2;

    private TableFit() {
    }

    /** Narrows {@code widths} in place until the row fits {@code limit} (0: no limit) or no column can give more. */
    static void fit(int[] widths, List<String> headers, int limit) {
        if (limit <= 0) {
            return;
        }
        int total = GAP * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        while (total > limit) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > floor(headers.get(i)) && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return; // every column at its floor: wider than the terminal, but still readable
            }
            widths[widest]--;
            total--;
        }
    }

    private static int floor(String header) {
        return Math.max(MIN, header.length());
    }

    /** {@code text} in at most {@code width} characters, its middle replaced by "...". */
    static String elide(String text, int width) {
        if (text.length() <= width || width <= ELLIPSIS.length()) {
            return text.length() <= width ? text : text.substring(0, width);
        }
        int keep = width - ELLIPSIS.length();
        int head = (keep + 1) / 2;
        return text.substring(0, head) + ELLIPSIS + text.substring(text.length() - (keep - head));
    }
}
