package org.osdkit.drivers.distribution;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.catalog.DriverErrors;

/**
 * A distribution point: its FQDN, its site, and the folder share package content is copied to. The
 * PXE boot-image share {@code SMSPXEIMAGE$} is refused: it holds boot images only.
 *
 * @param name  FQDN, lower case, e.g. {@code dp01.contoso.com}
 * @param site  the site it belongs to
 * @param share the content share, e.g. {@code \\dp01.contoso.com\SMSPKGD$}
 */
public record DistributionPoint(String name, SiteCode site, UncPath share) {

    /** The share ConfigMgr's PXE service point serves boot images from. */
    public static final String PXE_SHARE = "SMSPXEIMAGE$";
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62})?(\\.[a-z0-9]([a-z0-9-]{0,62})?)*");

    public DistributionPoint {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(share, "share");
        name = validName(name);
        refusePxeShare(share);
    }

    /**
     * {@code name} as a distribution point is named (stripped, lower case), or DRV-DP-INVALID when it is no
     * host name: front-ends check a DP named on their command line with it before looking it up.
     */
    public static String validName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.length() > 255 || !HOST.matcher(n).matches()) {
            throw new OsdkitException(DriverErrors.DP_INVALID, "\"" + n + "\" is not a distribution point name; use its FQDN, e.g. dp01.contoso.com.");
        }
        return n;
    }

    /** Refuses a share path with an {@code SMSPXEIMAGE$} folder, saying why. */
    public static void refusePxeShare(UncPath share) {
        if (share.hasSegment(PXE_SHARE)) {
            throw pxeRefused(share.value());
        }
    }

    /** The refusal of {@code SMSPXEIMAGE$}, named as the admin gave it. */
    static OsdkitException pxeRefused(String given) {
        return new OsdkitException(DriverErrors.PXE_SHARE_REFUSED,
                "\"" + given + "\" is SMSPXEIMAGE$, the PXE service point's boot-image share: it holds PXE boot images only, never driver packages.",
                "Choose the distribution point's package share (e.g. \\\\dp01\\SMSPKGD$ or a content library share).");
    }
}
