package org.osdkit.logs.timeline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where kept timelines live (the module's {@code logs_timeline_} tables, from {@code LogsStorage.jdbc(database)}).
 * Pages are read by record number (keyset paging): a page costs the same at the start and the end of a
 * million-record log, and nothing is parsed again.
 */
public interface TimelineStore {

    /** Adds records to the timeline of {@code runId}, in order; called in batches while the logs are read. */
    void append(long runId, List<TimelineEntry> batch);

    /** Records what was kept, once every batch is in. */
    void finish(TimelineSummary summary);

    /** What the timeline of {@code runId} holds, or empty when none was kept (or it was pruned). */
    Optional<TimelineSummary> summary(long runId);

    /** One page. */
    TimelinePage page(long runId, TimelineQuery query);

    /** The record number of the record at {@code line} of {@code source}, to open the timeline at a finding's evidence. */
    OptionalLong seqOf(long runId, String source, long line);

    /** Drops every timeline but those of the newest {@code runs} runs that have one; returns how many were dropped. */
    int keepNewest(int runs);
}
