package org.osdkit.sites;

import java.time.Instant;
import java.util.List;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.internal.JdbcSiteInventory;

/** The port holding the last imported hierarchy, which {@code sites list|tree|show} read. */
public interface SiteInventory {

    /** Replaces every stored site with {@code sites}, in one transaction. */
    void replaceAll(List<Site> sites, Instant importedAt);

    /** The stored sites, checked against the hierarchy rules again. */
    SiteHierarchy load();

    /** Keeps a stored site's name in step after a description change; no-op for an unknown site. */
    void rename(SiteCode site, String name);

    /** The inventory in the {@code sites_site} table of {@code database}. */
    static SiteInventory jdbc(Database database) {
        return new JdbcSiteInventory(database);
    }
}
