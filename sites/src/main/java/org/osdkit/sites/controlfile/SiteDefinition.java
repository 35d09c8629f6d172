package org.osdkit.sites.controlfile;

import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteType;

/**
 * The structured view of a {@code BEGIN_SITE_DEFINITION} block. The first three positional values
 * (a number, the site code, the site name) follow the documented SMS 2003/ConfigMgr 2007 layout; the
 * later positions follow osdkit's synthetic layout modelled on {@code SMS_SCI_SiteDefinition} and are
 * unverified against real files, so each may be {@code null}.
 *
 * @param line             line of {@code BEGIN_SITE_DEFINITION}
 * @param number           the first positional value, kept as written
 * @param siteCode         the site's own code
 * @param siteName         the site name (the console's "description")
 * @param siteNameLine     line holding the site name
 * @param parentSiteCode   position 4, or {@code null} (empty for the top site)
 * @param siteServer       position 5, or {@code null}
 * @param siteServerDomain position 6, or {@code null}
 * @param siteType         position 7 read as 1/2/4, or {@code null}
 * @param installDirectory position 8, or {@code null}
 * @param productVersion   property {@code Full Version} (or {@code Version}), or {@code null}
 */
public record SiteDefinition(int line, String number, SiteCode siteCode, String siteName, int siteNameLine,
                             SiteCode parentSiteCode, String siteServer, String siteServerDomain, SiteType siteType,
                             String installDirectory, String productVersion) {
}
