package org.osdkit.logs.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * IIS W3C extended logs: the {@code #Fields:} directive names the space-separated columns (it may
 * change mid-file, so each header applies to the lines after it); {@code date} and {@code time} are
 * UTC, so records carry a known zero bias. Severity from {@code sc-status} (5xx error, 4xx warning);
 * component {@code s-sitename} or {@code W3SVC}; the message names method, URI, status and the other
 * fields as {@code name=value}. Other directives ({@code #Software}, {@code #Date}) are records of
 * their own.
 */
final class W3cParser extends LineFormatParser {

    private static final Integer UTC = 0;
    private String[] fields = new String[0];
    private LocalDate directiveDate;

    W3cParser(CharCursor in, ParseContext ctx) {
        super(in, ctx);
    }

    @Override
    void line(LineCursor.Line line) {
        String text = line.text();
        if (text.startsWith("#")) {
            if (text.startsWith("#Fields:")) {
                fields = text.substring(8).strip().split("\\s+");
            } else if (text.startsWith("#Date:")) {
                LocalDateTime d = dateTime(text.substring(6).strip(), 0);
                directiveDate = d == null ? null : d.toLocalDate();
            }
            LocalDateTime at = text.startsWith("#Date:") ? dateTime(text.substring(6).strip(), 0) : null;
            emit(record(line.number(), at, at == null ? null : UTC, "W3SVC", null, Severity.INFO, text));
            return;
        }
        String[] values = text.strip().split(" ");
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < fields.length && i < values.length; i++) {
            row.put(fields[i], values[i]);
        }
        LocalDateTime at = null;
        String date = row.get("date");
        String time = row.get("time");
        if (time != null && (date != null || directiveDate != null)) {
            at = dateTime((date != null ? date : directiveDate.toString()) + " " + time, 0);
            int dot = time.indexOf('.');
            if (at != null && dot > 0) {
                at = withFraction(at, time, dot + 1);
            }
        }
        if (at == null) {
            ctx.report(line.number(), org.osdkit.logs.LogsErrors.INVALID_TIMESTAMP,
                    fields.length == 0 ? "a W3C line before any #Fields: header" : "no readable date and time in the W3C fields");
        }
        String status = row.get("sc-status");
        Severity severity = Severity.INFO;
        if (status != null && status.length() == 3) {
            severity = status.charAt(0) == '5' ? Severity.ERROR : status.charAt(0) == '4' ? Severity.WARNING : Severity.INFO;
        }
        StringBuilder m = new StringBuilder();
        append(m, row.get("cs-method"));
        String uri = row.get("cs-uri-stem");
        String query = row.get("cs-uri-query");
        append(m, uri == null ? null : query == null || query.equals("-") ? uri : uri + "?" + query);
        if (status != null) {
            String sub = row.get("sc-substatus");
            append(m, "-> " + status + (sub == null ? "" : "." + sub));
        }
        for (int i = 0; i < fields.length && i < values.length; i++) {
            String f = fields[i];
            if (!f.equals("date") && !f.equals("time") && !f.equals("cs-method") && !f.equals("cs-uri-stem")
                    && !f.equals("cs-uri-query") && !f.equals("sc-status") && !f.equals("sc-substatus") && !values[i].equals("-")) {
                append(m, f + "=" + values[i]);
            }
        }
        if (fields.length == 0) {
            m.append(text);
        }
        String site = row.get("s-sitename");
        emit(record(line.number(), at, at == null ? null : UTC, site == null ? "W3SVC" : site, null, severity, m));
    }

    private static void append(StringBuilder m, String part) {
        if (part != null) {
            if (m.length() > 0) {
                m.append(' ');
            }
            m.append(part);
        }
    }
}
