package org.osdkit.sites.controlfile;

import java.util.Random;

/**
 * Generates valid site control file text in the ConfigMgr 2007 layout with random formatting: line
 * endings, indentation, blank lines, spacing between fields, values with the punctuation real files
 * carry. Used by the property tests.
 */
final class ScfSamples {

    private static final String VALUE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 \\|=,&*;:.'#-_()[]{}%$";
    private static final String[] EOLS = {"\r\n", "\n", "\r\n", "\r\n"};
    private static final String[] INDENTS = {"", " ", "    ", "\t", "\t\t", "  \t"};

    private ScfSamples() {
    }

    static String generate(Random r) {
        String eol = EOLS[r.nextInt(EOLS.length)];
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append("SITE CONTROL FILE [").append(r.nextInt(9999)).append("][1.08]").append(eol);
        }
        block(b, r, eol, "FILE_DEFINITION", () -> new String[] {"1", value(r), "SE1", "SE1", String.valueOf(r.nextInt()), "0"}, 0);
        blank(b, r, eol);
        String code = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + r.nextInt(10);
        if (code.equals("SMS") || code.equals("AUX") || code.equals("CON") || code.equals("NUL") || code.equals("PRN")) {
            code = "XY1";
        }
        String site = code;
        block(b, r, eol, "SITE_DEFINITION", () -> new String[] {"0", site, "Site " + value(r), "", "SRV" + r.nextInt(99), "CONTOSO", "2"}, r.nextInt(30));
        topLevelRecords(b, r, eol);
        int components = r.nextInt(4);
        for (int c = 0; c < components; c++) {
            blank(b, r, eol);
            block(b, r, eol, r.nextBoolean() ? "COMPONENT" : "CLIENT_COMPONENT", () -> new String[] {"SMS_" + value(r).replace(' ', '_'), "2048"}, r.nextInt(10));
            topLevelRecords(b, r, eol);
        }
        if (r.nextInt(4) == 0) {
            b.setLength(b.length() - eol.length()); // no newline after the last line
        }
        return b.toString();
    }

    private static void block(StringBuilder b, Random r, String eol, String type, java.util.function.Supplier<String[]> values, int properties) {
        String indent = INDENTS[r.nextInt(INDENTS.length)];
        b.append(space(r)).append("BEGIN_").append(type).append(trailing(r)).append(eol);
        for (String v : values.get()) {
            b.append(indent).append('<').append(v).append('>').append(trailing(r)).append(eol);
            blank(b, r, eol);
        }
        for (int i = 0; i < properties; i++) {
            String keyword = r.nextInt(5) == 0 ? "Property" : "PROPERTY";
            b.append(indent).append(keyword).append(space(r)).append('<').append(value(r)).append("><")
                    .append(r.nextBoolean() ? "REG_SZ" : "REG_DWORD").append('>').append(space(r)).append('<').append(value(r))
                    .append("><").append(r.nextInt(100000)).append('>').append(trailing(r)).append(eol);
            if (r.nextInt(8) == 0) {
                b.append(indent).append("SITE_KEY_FLAGS").append(space(r)).append("<1>").append(eol);
            }
        }
        if (r.nextInt(3) == 0) {
            b.append(indent).append("BEGIN_PROPERTY_LIST").append(eol).append(indent).append(indent).append('<').append(value(r)).append('>').append(eol);
            for (int i = r.nextInt(4); i > 0; i--) {
                b.append(indent).append(indent).append('<').append(value(r)).append('>').append(eol);
            }
            b.append(indent).append("END_PROPERTY_LIST").append(eol);
        }
        b.append(space(r)).append("END_").append(type).append(trailing(r)).append(eol);
    }

    /** Sometimes the older files' records outside any block: PROPERTY, ADDRESS with its blob, OUTBOX, SERVER. */
    private static void topLevelRecords(StringBuilder b, Random r, String eol) {
        if (r.nextInt(3) != 0) {
            return;
        }
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            String indent = INDENTS[r.nextInt(INDENTS.length)];
            switch (r.nextInt(4)) {
                case 0 -> b.append(indent).append(r.nextBoolean() ? "PROPERTY" : "Property").append(space(r)).append('<').append(value(r))
                        .append("><REG_SZ><").append(value(r)).append("><0>");
                case 1 -> b.append(indent).append("ADDRESS").append(space(r)).append("<SE1><PR1><MS_LAN><").append(r.nextInt(9)).append('>')
                        .append(space(r).isEmpty() ? " " : space(r)).append("#8(0A1B2C3D)");
                case 2 -> b.append(indent).append("OUTBOX").append(space(r)).append('<').append(value(r)).append('>');
                default -> b.append(indent).append("SERVER").append(space(r)).append('<').append(value(r)).append("><").append(value(r)).append('>');
            }
            b.append(trailing(r)).append(eol);
            blank(b, r, eol);
        }
    }

    static String value(Random r) {
        int length = r.nextInt(24);
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < length; i++) {
            v.append(VALUE_CHARS.charAt(r.nextInt(VALUE_CHARS.length())));
        }
        return v.toString();
    }

    private static void blank(StringBuilder b, Random r, String eol) {
        if (r.nextInt(6) == 0) {
            b.append(r.nextBoolean() ? "" : " \t").append(eol);
        }
    }

    private static String space(Random r) {
        return r.nextInt(4) == 0 ? "" : r.nextInt(4) == 0 ? "  " : r.nextInt(6) == 0 ? "\t" : " ";
    }

    private static String trailing(Random r) {
        return r.nextInt(6) == 0 ? " " : r.nextInt(12) == 0 ? "\t " : "";
    }
}
