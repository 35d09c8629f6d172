package org.osdkit.core.logging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats one record the way CMTrace reads it. Times are written in UTC with bias {@code +000}, which
 * no viewer can misread (many writers get the bias sign wrong; CMTrace's rule is UTC = local + bias).
 */
public final class CmTraceFormat {

    /** CMTrace reads at most this many characters of the component and file attributes. */
    public static final int MAX_ATTRIBUTE = 100;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM-dd-yyyy").withZone(ZoneOffset.UTC);

    private CmTraceFormat() {
    }

    /** One record, ending in CRLF. */
    public static String record(Instant at, LogSeverity severity, String component, long thread, String file, String message) {
        return "<![LOG[" + message(message) + "]LOG]!><time=\"" + TIME.format(at) + "+000\" date=\"" + DATE.format(at)
                + "\" component=\"" + attribute(component) + "\" context=\"\" type=\"" + severity.type()
                + "\" thread=\"" + thread + "\" file=\"" + attribute(file) + "\">\r\n";
    }

    /** The end marker inside a message would end the record early in every reader: break it. */
    static String message(String message) {
        return message == null ? "" : message.replace("]LOG]!>", "]LOG]!&gt;");
    }

    /** Attributes are quoted and single-line; CMTrace cuts them at 100 characters, so we do too. */
    static String attribute(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replace('"', '\'').replace('\r', ' ').replace('\n', ' ');
        return clean.length() > MAX_ATTRIBUTE ? clean.substring(0, MAX_ATTRIBUTE) : clean;
    }
}
