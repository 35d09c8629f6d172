package org.osdkit.sites.hierarchy;

import java.time.Instant;
import java.util.List;
import org.osdkit.core.SiteCode;

/**
 * The port holding the last imported hierarchy, which {@code sites list|tree|show} read. The JDBC
 * implementation comes from {@code SitesStorage.jdbc(database)}.
 */
public interface SiteInventory {

    /** Replaces every stored site with {@code sites}, in one transaction. */
    void replaceAll(List<Site> sites, Instant importedAt);

    /** The stored sites, checked against the hierarchy rules again. */
    SiteHierarchy load();

    /** Keeps a stored site's name in step after a description change; no-op for an unknown site. */
    void rename(SiteCode site, String name);
}
