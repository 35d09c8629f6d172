package org.osdkit.sites.jdbc;

import java.util.Objects;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ModuleSchema;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.hierarchy.SiteInventory;

/**
 * The sites module's storage in a JDBC database (H2 or PostgreSQL): the {@code sites_site} inventory
 * and the {@code sites_description_change} history, on the module's own schema.
 *
 * <pre>{@code
 * SitesStorage storage = SitesStorage.jdbc(database);
 * SiteHierarchy stored = storage.siteInventory().load();
 * }</pre>
 */
public final class SitesStorage {

    private final ChangeHistory changeHistory;
    private final SiteInventory siteInventory;

    private SitesStorage(Database database) {
        this.changeHistory = new JdbcChangeHistory(database);
        this.siteInventory = new JdbcSiteInventory(database);
    }

    /**
     * Brings {@code database} up to the module's schema (Flyway scripts in {@code db/migration/sites/} of
     * this module, history table {@code sites_schema_history}) and returns the stores in it.
     */
    public static SitesStorage jdbc(Database database) {
        Objects.requireNonNull(database, "database");
        database.migrate(ModuleSchema.of("sites", SiteErrors.class));
        return new SitesStorage(database);
    }

    /** The site description changes, for listing and reverting. */
    public ChangeHistory changeHistory() {
        return changeHistory;
    }

    /** The last imported hierarchy. */
    public SiteInventory siteInventory() {
        return siteInventory;
    }
}
