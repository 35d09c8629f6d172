package org.osdkit.drivers.catalog;

import java.time.Clock;
import java.util.Objects;
import org.osdkit.core.Actor;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** Writes the drivers module's audit entries: who acted (core's {@link Actor}), when (from the clock port) and what changed. */
public final class AuditTrail {

    private final AuditJournal journal;
    private final Clock clock;
    private final Actor actor;

    public AuditTrail(AuditJournal journal, Clock clock, Actor actor) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = actor == null ? Actor.UNKNOWN : actor;
    }

    /** Records one change; {@code action} is a dotted verb such as {@code drivers.package.create}. */
    public void record(String action, String target, String before, String after, String outcome) {
        journal.record(new AuditEntry(clock.instant(), actor.toString(), action, target, before, after, outcome));
    }

    public Clock clock() {
        return clock;
    }

    /** Who acts; a driver's importer is recorded as {@code actor().toString()}. */
    public Actor actor() {
        return actor;
    }
}
