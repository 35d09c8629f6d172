package org.osdkit.statemigration.settings;

import java.time.Clock;
import org.osdkit.core.Actor;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** Stores an SMP's settings in osdkit (as read from ConfigMgr or given by the admin), audited with before and after. */
public final class ConfigureSmp {

    private final SettingsRepository settings;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;

    public ConfigureSmp(SettingsRepository settings, AuditJournal audit, Clock clock, Actor actor) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    public void save(SmpSettings s) {
        String before = settings.find(s.server()).map(ConfigureSmp::describe).orElse(null);
        settings.save(s);
        audit.record(new AuditEntry(clock.instant(), actor.toString(), "smp.settings.save", s.server(), before, describe(s), "ok"));
    }

    static String describe(SmpSettings s) {
        StringBuilder b = new StringBuilder("SMPStoreDeletionDelayTimeInMinutes=" + s.deletionDelayMinutes()
                + " SMPStoreDeletionCycleTimeInMinutes=" + s.cleanupCycle().toMinutes() + " SMPQuiesceState=" + (s.restoreOnly() ? 1 : 0)
                + " StoreDepth=" + s.storeDepth());
        for (StorageFolder f : s.folders()) {
            b.append(' ').append(f.directoriesValue()).append("AccessPath=").append(f.accessPath()).append(';');
        }
        return b.toString();
    }
}
