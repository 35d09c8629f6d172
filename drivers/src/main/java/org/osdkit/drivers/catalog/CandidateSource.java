package org.osdkit.drivers.catalog;

import java.util.Collection;
import java.util.List;

/** Finds catalog models lines by hardware or compatible ID (upper case): the catalog, or an in-memory index. */
@FunctionalInterface
public interface CandidateSource {

    /** Every models line whose hardware ID or one of whose compatible IDs is in {@code idKeys}. */
    List<MatchCandidate> candidates(Collection<String> idKeys);
}
