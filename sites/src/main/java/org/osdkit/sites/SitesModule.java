package org.osdkit.sites;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.osdkit.core.storage.Database;

/**
 * The sites module's Guice bindings. Private: implementations stay inside, only the API is exposed.
 * Needs core's bindings ({@code CoreModule}) in the same injector.
 */
public final class SitesModule extends PrivateModule {

    @Override
    protected void configure() {
        bind(ChangeSiteDescription.class);
        bind(RevertSiteDescription.class);
        bind(ImportHierarchy.class);
        expose(ChangeSiteDescription.class);
        expose(RevertSiteDescription.class);
        expose(ImportHierarchy.class);
        expose(ChangeHistory.class);
        expose(SiteInventory.class);
    }

    @Provides
    @Singleton
    ChangeHistory changeHistory(Database database) {
        return ChangeHistory.jdbc(database);
    }

    @Provides
    @Singleton
    SiteInventory siteInventory(Database database) {
        return SiteInventory.jdbc(database);
    }
}
