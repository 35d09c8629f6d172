package org.osdkit.statemigration.associations;

import java.time.Instant;

/**
 * Where a computer association's store is in its life, derived only from the three date fields of
 * {@code SMS_StateMigration} (never from folder names, whose scheme is undocumented).
 */
public enum StoreState {
    /** No date set: associated, nothing captured yet. */
    ASSOCIATED,
    /** Captured, awaiting restore: never released, so never deleted automatically. */
    CAPTURED,
    /** Restored and released: deleted once the deletion delay has passed. */
    RELEASED,
    /** The store has been deleted. */
    DELETED,
    /** Any other combination of dates, e.g. a release date without a creation date: reported, never acted on. */
    INCONSISTENT;

    /** The state for the creation, release and deletion dates ({@code null} = not set). */
    public static StoreState of(Instant created, Instant released, Instant deleted) {
        if (created == null && released == null && deleted == null) {
            return ASSOCIATED;
        }
        if (created != null && released == null && deleted == null) {
            return CAPTURED;
        }
        if (created != null && released != null && deleted == null) {
            return RELEASED;
        }
        if (created != null && released != null) {
            return DELETED;
        }
        return INCONSISTENT;
    }
}
