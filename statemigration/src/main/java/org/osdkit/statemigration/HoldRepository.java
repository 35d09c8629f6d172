package org.osdkit.statemigration;

import java.util.List;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.internal.JdbcHolds;

/** Where osdkit keeps the admins' holds ({@code smp_holds}). */
public interface HoldRepository {

    /** Places {@code hold}, replacing an existing hold on the same target. */
    void add(Hold hold);

    /** Removes the hold on {@code target}; false when there was none. */
    boolean remove(String target);

    List<Hold> all();

    static HoldRepository jdbc(Database database) {
        return new JdbcHolds(database);
    }
}
