package org.osdkit.sites.guice;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.ChangeSiteDescription;
import org.osdkit.sites.description.RecoverDescriptionChanges;
import org.osdkit.sites.description.RevertSiteDescription;
import org.osdkit.sites.hierarchy.ImportHierarchy;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.sites.jdbc.SitesStorage;

/**
 * The sites module's Guice bindings, built from the API's plain constructors and
 * {@link SitesStorage}. Private: only the use cases and the two ports are exposed. Needs core's
 * bindings ({@code Database}, {@code AuditJournal}, {@code Clock}, {@code CoreSettings}) in the same injector.
 */
public final class SitesModule extends PrivateModule {

    @Override
    protected void configure() {
        expose(ChangeSiteDescription.class);
        expose(RevertSiteDescription.class);
        expose(RecoverDescriptionChanges.class);
        expose(ImportHierarchy.class);
        expose(ChangeHistory.class);
        expose(SiteInventory.class);
    }

    // One storage per injector: the schema is migrated once, when a command first needs the database.
    @Provides
    @Singleton
    SitesStorage storage(Database database) {
        return SitesStorage.jdbc(database);
    }

    @Provides
    ChangeHistory changeHistory(SitesStorage storage) {
        return storage.changeHistory();
    }

    @Provides
    SiteInventory siteInventory(SitesStorage storage) {
        return storage.siteInventory();
    }

    @Provides
    ChangeSiteDescription changeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock,
                                                CoreSettings settings) {
        return new ChangeSiteDescription(history, inventory, audit, clock, settings.actor(), intents(settings));
    }

    @Provides
    RevertSiteDescription revertSiteDescription(ChangeHistory history, ChangeSiteDescription change) {
        return new RevertSiteDescription(history, change);
    }

    @Provides
    RecoverDescriptionChanges recoverDescriptionChanges(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock,
                                                        CoreSettings settings) {
        return new RecoverDescriptionChanges(history, inventory, audit, clock, settings.actor(), intents(settings));
    }

    /** The workspace's intent file of description changes: the pending record survives there whatever the database loses. */
    private static IntentLog intents(CoreSettings settings) {
        return IntentLog.in(new Workspace(settings.workspace()).intentFolder(), "sites-description");
    }

    @Provides
    ImportHierarchy importHierarchy(SiteInventory inventory, AuditJournal audit, Clock clock, CoreSettings settings) {
        return new ImportHierarchy(inventory, audit, clock, settings.actor());
    }
}
