package org.osdkit.statemigration.cleanup;

import java.time.Clock;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.statemigration.SmpErrors;

/** Places or removes an admin's hold on stores (by store path, MigrationID or computer name); audited. */
public final class PlaceHold {

    private final HoldRepository holds;
    private final AuditJournal audit;
    private final Clock clock;
    private final String actor;

    public PlaceHold(HoldRepository holds, AuditJournal audit, Clock clock, String actor) {
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Places a hold on {@code target} with {@code reason}, or removes it when {@code place} is false.
     *
     * @throws OsdkitException {@link SmpErrors#HOLD_NOT_FOUND} when removing a hold that does not exist
     */
    public Hold apply(String target, String reason, boolean place) {
        Hold hold = new Hold(target, reason, actor, clock.instant());
        if (place) {
            holds.add(hold);
        } else if (!holds.remove(target)) {
            throw new OsdkitException(SmpErrors.HOLD_NOT_FOUND, "There is no hold on \"" + target + "\".", "List holds with 'osdkit smp hold --list'.");
        }
        audit.record(new AuditEntry(hold.placed(), actor, place ? "smp.hold.place" : "smp.hold.remove", hold.target(),
                place ? null : "held", place ? "held: " + (reason == null ? "" : reason) : null, "ok"));
        return hold;
    }
}
