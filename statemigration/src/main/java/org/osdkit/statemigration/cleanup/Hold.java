package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import org.osdkit.statemigration.associations.ComputerAssociation;

/**
 * An admin's hold: stores matching {@code target} are kept whatever their dates say, until the hold
 * is removed. The target is a store path, a MigrationID, or a source or restore computer name.
 *
 * @param target  what is held, matched without regard to case
 * @param reason  why, as the admin wrote it
 * @param actor   who placed it
 * @param placed  when
 */
public record Hold(String target, String reason, String actor, Instant placed) {

    public Hold {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("a hold needs a target");
        }
        target = target.strip();
    }

    /** True when this hold covers {@code a}. */
    public boolean covers(ComputerAssociation a) {
        return target.equalsIgnoreCase(String.valueOf(a.storePath())) || target.equalsIgnoreCase(String.valueOf(a.migrationId()))
                || target.equalsIgnoreCase(String.valueOf(a.sourceName())) || target.equalsIgnoreCase(String.valueOf(a.restoreName()));
    }
}
