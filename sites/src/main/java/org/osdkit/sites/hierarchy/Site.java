package org.osdkit.sites.hierarchy;

import java.util.Objects;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteType;

/**
 * One site of a hierarchy.
 *
 * @param code       the site code
 * @param name       the site name (description)
 * @param type       CAS, primary or secondary
 * @param parent     the parent site's code, or {@code null} for a top site
 * @param siteServer the site server's name, or {@code null}
 * @param version    the product version (e.g. {@code 4.00.6487.2000}), or {@code null}
 * @param source     where the site was read from (file and line), for messages
 */
public record Site(SiteCode code, String name, SiteType type, SiteCode parent, String siteServer, String version, String source) {

    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        name = name == null ? "" : name;
        source = source == null ? "" : source;
    }

    /** The ConfigMgr generation the version string names, or {@code null} when unknown. */
    public ConfigMgrVersion generation() {
        return ConfigMgrVersion.fromProductVersion(version).orElse(null);
    }

    public Site withName(String newName) {
        return new Site(code, newName, type, parent, siteServer, version, source);
    }
}
