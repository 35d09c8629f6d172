package org.osdkit.drivers.inf;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds stampinf placeholders ({@code $ARCH$}, {@code $KMDFVERSION$}, {@code INX_COMPANY}) left in an INF.
 * The [Version] Signature values ({@code $CHICAGO$}, {@code $Windows NT$}, {@code $Windows 95$}) are
 * written between dollars too, but they are the INF's signature, not placeholders.
 */
final class TemplateMarkers {

    private static final Pattern DOLLAR = Pattern.compile("\\$[A-Z][A-Z0-9_]*\\$");
    private static final Pattern INX = Pattern.compile("(?<![A-Za-z0-9])_?INX_[A-Z0-9_]+");
    private static final int MAX_REPORTED = 8;

    private TemplateMarkers() {
    }

    static List<String> find(List<InfSection> sections) {
        Set<String> found = new TreeSet<>();
        for (InfSection section : sections) {
            scan(section.name(), found);
            boolean version = section.name().equalsIgnoreCase("Version");
            for (InfLine line : section.lines()) {
                if (version && line.isKey("Signature") && line.values().size() == 1 && VersionSection.isSignature(line.value())) {
                    continue;
                }
                if (line.key() != null) {
                    scan(line.key(), found);
                }
                for (String value : line.values()) {
                    scan(value, found);
                }
            }
        }
        return found.stream().limit(MAX_REPORTED).toList();
    }

    private static void scan(String text, Set<String> found) {
        if (text.indexOf('$') >= 0) {
            Matcher m = DOLLAR.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        if (text.contains("INX_")) {
            Matcher m = INX.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
    }
}
