package org.osdkit.drivers.catalog;

import java.time.Clock;
import java.util.Objects;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** Writes the drivers module's audit entries: who ran osdkit, when (from the clock port) and what changed. */
public final class AuditTrail {

    private final AuditJournal journal;
    private final Clock clock;
    private final String actor;

    public AuditTrail(AuditJournal journal, Clock clock, String actor) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = actor == null || actor.isBlank() ? "unknown" : actor;
    }

    /** Records one change; {@code action} is a dotted verb such as {@code drivers.package.create}. */
    public void record(String action, String target, String before, String after, String outcome) {
        journal.record(new AuditEntry(clock.instant(), actor, action, target, before, after, outcome));
    }

    public Clock clock() {
        return clock;
    }

    public String actor() {
        return actor;
    }
}
