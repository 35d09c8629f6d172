package org.osdkit.sites.description;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.SiteCode;

/**
 * The port that keeps every site description change, so it can be listed and reverted. The JDBC
 * implementation comes from {@code SitesStorage.jdbc(database)}.
 */
public interface ChangeHistory {

    /** Stores {@code change} (its id is ignored) and returns it with the id it got. */
    SiteChange add(SiteChange change);

    Optional<SiteChange> find(long id);

    /** Newest first; {@code site} {@code null} for every site. */
    List<SiteChange> list(SiteCode site, int limit);
}
