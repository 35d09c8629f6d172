package org.osdkit.logs.read;

import java.time.LocalDateTime;

/**
 * WindowsUpdate.log as Get-WindowsUpdateLog decodes it from the ETW traces:
 * {@code YYYY/MM/DD HH:MM:SS.fffffff PID TID Component message}, columns padded with spaces. The
 * times are the decoding machine's local time, with no zone written. The process id is kept as the
 * context, the thread id as the thread; severity by keyword (the agent writes {@code FATAL},
 * {@code failed} and {@code error} codes in its text).
 */
final class WindowsUpdateParser extends LineFormatParser {

    WindowsUpdateParser(CharCursor in, ParseContext ctx) {
        super(in, ctx);
    }

    @Override
    void line(LineCursor.Line line) {
        String text = line.text();
        LocalDateTime at = text.length() > 20 && text.charAt(4) == '/' ? dateTime(text, 0) : null;
        if (at == null) {
            emit(record(line.number(), null, null, null, null, Severity.byKeyword(text), text));
            return;
        }
        int i = 19;
        if (text.charAt(i) == '.') {
            at = withFraction(at, text, i + 1);
            while (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                i++;
            }
            i++;
        }
        String[] cols = new String[3];
        for (int c = 0; c < 3; c++) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            cols[c] = start < i ? text.substring(start, i) : null;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        String message = text.substring(Math.min(i, text.length()));
        emit(record(line.number(), at, null, cols[2], cols[0], cols[1], Severity.byKeyword(message), message));
    }
}
