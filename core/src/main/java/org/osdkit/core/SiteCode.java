package org.osdkit.core;

import java.util.Locale;
import java.util.Set;

/**
 * A ConfigMgr site code: exactly three ASCII letters or digits, compared case-insensitively (kept in
 * upper case), never one of the names Windows reserves for devices or that SMS uses itself.
 *
 * @param value the code in upper case, e.g. {@code PS1}
 */
public record SiteCode(String value) implements Comparable<SiteCode> {

    /**
     * Device names and the product's own prefix. ENV is refused by some Microsoft lab tooling but
     * is not documented as a product rule, so it is accepted here.
     */
    static final Set<String> RESERVED = Set.of("AUX", "CON", "NUL", "PRN", "SMS");

    public SiteCode {
        if (value == null || value.isBlank()) {
            throw invalid("A site code is required (three letters or digits, e.g. PS1).");
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (upper.length() != 3) {
            throw invalid("\"" + value + "\" is not a site code: it must be exactly three letters or digits.");
        }
        for (int i = 0; i < 3; i++) {
            char c = upper.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                throw invalid("\"" + value + "\" is not a site code: only ASCII letters A-Z and digits 0-9 are allowed.");
            }
        }
        if (RESERVED.contains(upper)) {
            throw invalid("\"" + upper + "\" is a reserved site code; reserved are " + String.join(", ", RESERVED.stream().sorted().toList()) + ".");
        }
        value = upper;
    }

    public static SiteCode of(String value) {
        return new SiteCode(value);
    }

    private static OsdkitException invalid(String message) {
        return new OsdkitException(CoreErrors.INVALID_SITE_CODE, message);
    }

    @Override
    public int compareTo(SiteCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
