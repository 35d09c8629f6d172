package org.osdkit.statemigration.cleanup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.inventory.StoreLocation;
import org.osdkit.statemigration.settings.SettingsRepository;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Lifts holds: the one on {@code target} as written (case aside) and, for a store path, every hold on the
 * same store of the same SMP whatever its spelling. Audited.
 */
public final class RemoveHold {

    private final HoldRepository holds;
    private final SettingsRepository settings;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;

    public RemoveHold(HoldRepository holds, SettingsRepository settings, AuditJournal audit, Clock clock, Actor actor) {
        this.holds = holds;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Removes the holds on {@code target} and returns them.
     *
     * @throws OsdkitException {@link SmpErrors#HOLD_NOT_FOUND} when no hold is on it
     */
    public List<Hold> remove(String target) {
        String t = target == null ? "" : target.strip();
        List<SmpSettings> smps = StoreLocation.isPath(t) ? settings.all() : List.of();
        List<Hold> removed = new ArrayList<>();
        for (Hold h : holds.all()) {
            if ((h.target().equalsIgnoreCase(t) || sameStore(h, t, smps)) && holds.remove(h.target())) {
                removed.add(h);
                audit.record(new AuditEntry(clock.instant(), actor.toString(), "smp.hold.remove", h.target(), "held", null, "ok"));
            }
        }
        if (removed.isEmpty()) {
            throw new OsdkitException(SmpErrors.HOLD_NOT_FOUND, "There is no hold on \"" + t + "\".", "List holds with 'osdkit smp hold --list'.");
        }
        return removed;
    }

    private static boolean sameStore(Hold h, String target, List<SmpSettings> smps) {
        if (h.storeKey() == null) {
            return false;
        }
        for (SmpSettings s : smps) {
            if (s.isServer(h.server())) {
                StoreLocation at = StoreLocation.of(target, s);
                return at.where() == StoreLocation.Where.THIS_SMP && at.key().equals(h.storeKey());
            }
        }
        return false;
    }
}
