package org.osdkit.statemigration.cleanup;

import java.util.List;

/** Where osdkit keeps the admins' holds with what each covers ({@code smp_holds}, {@code smp_hold_coverage}). */
public interface HoldRepository {

    /**
     * Places {@code hold} with its coverage, replacing a hold on the same target (case aside) and, for a
     * store path, a hold on the same store of the same SMP.
     */
    void add(Hold hold);

    /** Removes the hold on {@code target} (case aside); false when there was none. */
    boolean remove(String target);

    /** Every hold with its coverage, oldest first. */
    List<Hold> all();
}
