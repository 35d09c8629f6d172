package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.osdkit.core.Actor;
import org.osdkit.statemigration.inventory.StoreLocation;

/**
 * An admin's hold: what it covers is kept whatever its dates say, until the hold is removed. The target
 * is a store path (any spelling {@link StoreLocation} accepts), a MigrationID or a source or restore
 * computer name. When placed it is resolved to what it covers ({@link PlaceHold}); a cleanup then keeps
 * those associations, every store its path names, and, for a MigrationID or computer name, also the
 * associations imported later under that name.
 *
 * @param target   what the admin named, as written
 * @param reason   why, as the admin wrote it, or {@code null}
 * @param actor    who placed it
 * @param placed   when
 * @param server   the SMP a store-path target was resolved on, or {@code null} (a name hold, or one placed
 *                 before holds were resolved)
 * @param storeKey the store a store-path target names, as {@link StoreLocation#key()} on {@code server}, or {@code null}
 * @param covered  what it matched when it was placed
 */
public record Hold(String target, String reason, Actor actor, Instant placed, String server, String storeKey, List<CoveredStore> covered) {

    public Hold {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a hold needs a target");
        }
        target = target.strip();
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(placed, "placed");
        covered = List.copyOf(covered == null ? List.of() : covered);
    }

    /** A hold not resolved yet (or placed by an older osdkit): it covers what its target names now. */
    public Hold(String target, String reason, Actor actor, Instant placed) {
        this(target, reason, actor, placed, null, null, List.of());
    }

    /** True when the target is a store path; otherwise it is a MigrationID or a computer name, matched anew by every plan. */
    public boolean byStorePath() {
        return StoreLocation.isPath(target);
    }
}
