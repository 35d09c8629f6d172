package org.osdkit.sites;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.internal.JdbcChangeHistory;

/** The port that keeps every site description change, so it can be listed and reverted. */
public interface ChangeHistory {

    /** Stores {@code change} (its id is ignored) and returns it with the id it got. */
    SiteChange add(SiteChange change);

    Optional<SiteChange> find(long id);

    /** Newest first; {@code site} {@code null} for every site. */
    List<SiteChange> list(SiteCode site, int limit);

    /** The history in the {@code sites_description_change} table of {@code database} (H2 or PostgreSQL). */
    static ChangeHistory jdbc(Database database) {
        return new JdbcChangeHistory(database);
    }
}
