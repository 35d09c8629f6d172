package org.osdkit.statemigration.cleanup;

import java.util.List;

/** Where osdkit keeps the admins' holds ({@code smp_holds}). */
public interface HoldRepository {

    /** Places {@code hold}, replacing an existing hold on the same target. */
    void add(Hold hold);

    /** Removes the hold on {@code target}; false when there was none. */
    boolean remove(String target);

    List<Hold> all();
}
