package org.osdkit.sites.description;

/** The texts osdkit shows about the unsupported file edit and the supported ways to change a site's description. */
public final class SupportedWays {

    /** Shown before every file edit; the edit then needs {@code --force}. */
    public static final String UNSUPPORTED_WARNING = "Changing a site description by editing sitectrl.ct0 is NOT supported by Microsoft "
            + "(its answer was to reinstall the site). osdkit stops SMS_EXECUTIVE, keeps a backup, writes the file atomically, verifies "
            + "that only the description changed and restores the original on any failure - but try it on a test site first, and "
            + "check hman.log and sitectrl.log, and the parent site, afterwards.";

    /** Why ConfigMgr 2012 and later are refused, and what to do instead. */
    public static String forConfigMgr2012(String siteCode) {
        return "Use a supported way instead: Set-CMSite -SiteCode " + siteCode + " -Comment \"<text>\" (ConfigMgr 2012 SP1 and later; sets the "
                + "site's comment), or an SMS Provider session: $h = ([wmiclass]'SMS_SiteControlFile').GetSessionHandle(), put $h in the WMI "
                + "context as \"SessionHandle\", RefreshSCF('" + siteCode + "'), change SMS_SCI_SiteDefinition.SiteName of site " + siteCode
                + " with that context and Put() it, CommitSCF('" + siteCode + "'), ReleaseSessionHandle($h).";
    }

    private SupportedWays() {
    }
}
