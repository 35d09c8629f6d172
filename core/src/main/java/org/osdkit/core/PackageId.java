package org.osdkit.core;

import java.util.Locale;

/**
 * A ConfigMgr package ID: the creating site's code followed by five hexadecimal digits, e.g.
 * {@code PS100012}. Stored in upper case.
 *
 * @param value the eight-character ID
 */
public record PackageId(String value) implements Comparable<PackageId> {

    /** The largest sequence number five hex digits can hold. */
    public static final int MAX_SEQUENCE = 0xFFFFF;

    public PackageId {
        if (value == null || value.isBlank()) {
            throw invalid("A package ID is required (site code + five hex digits, e.g. PS100012).");
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (upper.length() != 8) {
            throw invalid("\"" + value + "\" is not a package ID: it must be 8 characters, a site code and five hex digits (e.g. PS100012).");
        }
        try {
            new SiteCode(upper.substring(0, 3));
        } catch (OsdkitException e) {
            throw invalid("\"" + value + "\" is not a package ID: its first three characters are not a valid site code. " + e.getMessage());
        }
        for (int i = 3; i < 8; i++) {
            if (Character.digit(upper.charAt(i), 16) < 0) {
                throw invalid("\"" + value + "\" is not a package ID: characters 4 to 8 must be hexadecimal digits (0-9, A-F).");
            }
        }
        value = upper;
    }

    public static PackageId of(String value) {
        return new PackageId(value);
    }

    /** Builds the ID a site allocates for its {@code sequence}-th package. */
    public static PackageId of(SiteCode site, int sequence) {
        if (sequence < 0 || sequence > MAX_SEQUENCE) {
            throw invalid("Package sequence " + sequence + " does not fit in five hex digits (0 to " + MAX_SEQUENCE + ").");
        }
        return new PackageId(site.value() + String.format(Locale.ROOT, "%05X", sequence));
    }

    public SiteCode siteCode() {
        return new SiteCode(value.substring(0, 3));
    }

    public int sequence() {
        return Integer.parseInt(value.substring(3), 16);
    }

    private static OsdkitException invalid(String message) {
        return new OsdkitException(CoreErrors.INVALID_PACKAGE_ID, message);
    }

    @Override
    public int compareTo(PackageId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
