package org.osdkit.sites;

import java.util.Locale;
import java.util.Optional;
import org.osdkit.core.OsdkitException;

/**
 * The product generation a site runs, as far as the site control file is concerned: up to ConfigMgr
 * 2007 the file is the site's configuration; from ConfigMgr 2012 on the site database is
 * authoritative and the file is only a copy.
 */
public enum ConfigMgrVersion {
    /** SMS 2003 (version 2.50). */
    SMS_2003("SMS 2003", true),
    /** Configuration Manager 2007 (version 4.00). */
    CM_2007("ConfigMgr 2007", true),
    /** Configuration Manager 2012, 2012 R2 and current branch (version 5.00). */
    CM_2012_OR_LATER("ConfigMgr 2012 or later", false);

    private final String label;
    private final boolean fileAuthoritative;

    ConfigMgrVersion(String label, boolean fileAuthoritative) {
        this.label = label;
        this.fileAuthoritative = fileAuthoritative;
    }

    public String label() {
        return label;
    }

    /** Whether editing sitectrl.ct0 changes the site at all (false: the database wins). */
    public boolean fileAuthoritative() {
        return fileAuthoritative;
    }

    /** The generation of a product version string such as {@code 4.00.6487.2000}. */
    public static Optional<ConfigMgrVersion> fromProductVersion(String version) {
        if (version == null || version.isBlank()) {
            return Optional.empty();
        }
        String major = version.strip().split("\\.", 2)[0];
        try {
            int m = Integer.parseInt(major);
            if (m == 2) {
                return Optional.of(SMS_2003);
            }
            if (m == 4) {
                return Optional.of(CM_2007);
            }
            if (m >= 5) {
                return Optional.of(CM_2012_OR_LATER);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads an admin's name: {@code 2003}, {@code sms2003}, {@code 2007}, {@code cm2007}, {@code 2012}, {@code current-branch}. */
    public static ConfigMgrVersion parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        return switch (t) {
            case "2003", "sms2003" -> SMS_2003;
            case "2007", "cm2007", "sccm2007", "configmgr2007" -> CM_2007;
            case "2012", "cm2012", "sccm2012", "2012r2", "cm2012r2", "currentbranch", "cb", "current" -> CM_2012_OR_LATER;
            default -> throw new OsdkitException(SiteErrors.VERSION_UNKNOWN,
                    "\"" + text + "\" is not a ConfigMgr version; use 2003, 2007, 2012 or current-branch.");
        };
    }
}
