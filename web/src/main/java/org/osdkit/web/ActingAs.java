package org.osdkit.web;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osdkit.core.Actor;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OpenResources;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.guice.CoreModule;
import org.osdkit.core.storage.Database;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.drivers.guice.DriversModule;
import org.osdkit.logs.guice.LogsModule;
import org.osdkit.sites.guice.SitesModule;
import org.osdkit.statemigration.cleanup.LockTiming;
import org.osdkit.statemigration.guice.StateMigrationModule;

/**
 * The domain use cases as a signed-in caller: the same Guice modules the CLI wires, with core's settings
 * naming that caller as the actor, over the dashboard's one database, audit journal and clock. The
 * domains read the actor from core's settings when they build a use case, so every audit entry, hold
 * and journal names who acted through the dashboard.
 */
final class ActingAs {

    /** Callers rarely exceed a handful of people; the injectors of the least recent go first. */
    private static final int KEPT = 32;

    private final Injector main;
    private final Map<String, Injector> injectors = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Injector> eldest) {
            return size() > KEPT;
        }
    };

    ActingAs(Injector main) {
        this.main = main;
    }

    /** {@code type} built for {@code caller}; for an anonymous read ({@code null}), the dashboard's own. */
    <T> T get(Principal caller, Class<T> type) {
        return caller == null ? main.getInstance(type) : injector(caller.actor()).getInstance(type);
    }

    private synchronized Injector injector(Actor actor) {
        return injectors.computeIfAbsent(actor.toString(), name -> {
            CoreSettings acting = main.getInstance(CoreSettings.class).withActor(actor);
            AbstractModule shared = new AbstractModule() {
                @Override
                protected void configure() {
                    bind(Database.class).toInstance(main.getInstance(Database.class));
                    bind(Workspace.class).toInstance(main.getInstance(Workspace.class));
                    bind(OpenResources.class).toInstance(main.getInstance(OpenResources.class));
                    bind(AuditJournal.class).toInstance(main.getInstance(AuditJournal.class));
                    bind(Clock.class).toInstance(main.getInstance(Clock.class));
                }
            };
            return Guice.createInjector(Modules.override(new CoreModule(acting)).with(shared), new DriversModule(), new SitesModule(),
                    new StateMigrationModule(main.getInstance(LockTiming.class)), new LogsModule());
        });
    }
}
