package org.osdkit.sites;

import java.util.Locale;
import org.osdkit.core.OsdkitException;

/**
 * The kind of a ConfigMgr site, with the code {@code SMS_SCI_SiteDefinition.SiteType} and
 * {@code SMS_Site.Type} use (1 secondary, 2 primary, 4 central administration site).
 */
public enum SiteType {
    SECONDARY(1, "Secondary"),
    PRIMARY(2, "Primary"),
    CENTRAL_ADMINISTRATION(4, "CAS");

    private final int code;
    private final String label;

    SiteType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The type for a WMI/site control file code, or {@code null} for any other number. */
    public static SiteType fromCode(int code) {
        for (SiteType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** Reads {@code cas}, {@code central}, {@code primary}, {@code secondary} or a code 1, 2, 4. */
    public static SiteType parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (t) {
            case "cas", "central", "central_administration", "central_administration_site", "4":
                return CENTRAL_ADMINISTRATION;
            case "primary", "2":
                return PRIMARY;
            case "secondary", "1":
                return SECONDARY;
            default:
                throw new OsdkitException(SiteErrors.HIERARCHY_INVALID,
                        "\"" + text + "\" is not a site type; use cas, primary or secondary (or the codes 4, 2, 1).");
        }
    }
}
