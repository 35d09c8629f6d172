package org.osdkit.logs.read;

import java.time.LocalDateTime;

/**
 * CBS.log, DISM.log and Panther's setupact.log/setuperr.log: {@code YYYY-MM-DD HH:MM:SS, Severity}
 * then a component column ({@code CBS}, {@code DISM}, {@code SP}, {@code MIG}...) or a bracketed
 * component ({@code [setup.exe]}), an optional message code ({@code [0x0606cc]}, kept as the context)
 * and the message. Lines without the leading time continue the record before them (stack dumps,
 * package lists). Times are local, with no zone written.
 */
final class CbsParser extends LineFormatParser {

    private long pendingLine;
    private LocalDateTime pendingTime;
    private String pendingComponent;
    private String pendingCode;
    private Severity pendingSeverity;
    private StringBuilder pendingMessage;

    CbsParser(CharCursor in, ParseContext ctx) {
        super(in, ctx);
    }

    @Override
    void line(LineCursor.Line line) {
        String text = line.text();
        LocalDateTime at = text.length() >= 21 && text.charAt(19) == ',' ? dateTime(text, 0) : null;
        if (at == null) {
            if (pendingMessage != null && pendingMessage.length() <= ctx.options.maxMessageChars()) {
                pendingMessage.append('\n').append(text);
                return;
            }
            if (pendingMessage == null) {
                emit(record(line.number(), null, null, null, null, Severity.byKeyword(text), text));
            }
            return;
        }
        flush();
        int i = skipSpaces(text, 20);
        int wordEnd = wordEnd(text, i);
        String level = text.substring(i, wordEnd);
        Severity severity = switch (level) {
            case "Error", "Fatal" -> Severity.ERROR;
            case "Warning" -> Severity.WARNING;
            case "Perf" -> Severity.VERBOSE;
            case "Info" -> Severity.INFO;
            default -> null;
        };
        if (severity == null) {
            wordEnd = i;
            severity = Severity.byKeyword(text);
        }
        i = skipSpaces(text, wordEnd);
        String code = null;
        String component = null;
        while (i < text.length() && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            if (close < 0) {
                break;
            }
            String inner = text.substring(i + 1, close);
            if (inner.startsWith("0x") && code == null) {
                code = inner;
            } else if (component == null) {
                component = inner;
            } else {
                break;
            }
            i = skipSpaces(text, close + 1);
        }
        if (component == null) {
            int end = wordEnd(text, i);
            // A component column is one short word followed by a run of padding, else the word begins the message.
            if (end > i && end - i <= 24 && end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) == ' ') {
                component = text.substring(i, end);
                i = skipSpaces(text, end);
            }
        }
        pendingLine = line.number();
        pendingTime = at;
        pendingComponent = component;
        pendingCode = code;
        pendingSeverity = severity;
        pendingMessage = new StringBuilder(text.substring(Math.min(i, text.length())));
    }

    @Override
    void end() {
        flush();
    }

    private void flush() {
        if (pendingMessage != null) {
            emit(record(pendingLine, pendingTime, null, pendingComponent, pendingCode, null, pendingSeverity, pendingMessage));
            pendingMessage = null;
        }
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            i++;
        }
        return i;
    }
}
