package org.osdkit.logs.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.osdkit.logs.merge.Timeline;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;
import org.osdkit.logs.read.RecordCursor;
import org.osdkit.logs.read.Severity;

/**
 * Keeps the records of a diagnosed run's logs, merged by time ({@link Timeline#merge}), for browsing: read
 * once, streamed into the store in batches, so memory stays flat whatever the logs' size. The dashboard
 * pages through it by record number; it never parses the logs again (the logs may be an upload that is
 * already gone). Only the newest {@value #KEPT_RUNS} runs keep theirs, so the database does not grow with
 * every diagnosis.
 */
public final class KeepTimeline {

    /** Records kept per run at most; a bigger run keeps its first records and says it was capped. */
    public static final long MAX_RECORDS = 2_000_000;
    /** Components counted for the filter list at most. */
    public static final int MAX_COMPONENTS = 500;
    /** Runs whose timelines are kept. */
    public static final int KEPT_RUNS = 20;
    private static final int BATCH = 1000;

    private final TimelineStore store;

    public KeepTimeline(TimelineStore store) {
        this.store = store;
    }

    /** Reads {@code files} merged and keeps their records as the timeline of {@code runId}; drops the oldest timelines beyond {@value #KEPT_RUNS}. */
    public TimelineSummary keep(long runId, List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        Map<String, Long> sources = new LinkedHashMap<>();
        Map<String, Long> components = new HashMap<>();
        Map<String, Long> severities = new LinkedHashMap<>();
        List<TimelineEntry> batch = new ArrayList<>(BATCH);
        long seq = 0;
        boolean capped = false;
        try (RecordCursor records = Timeline.merge(files, options, problems)) {
            while (records.hasNext()) {
                LogRecord r = records.next();
                if (seq == MAX_RECORDS) {
                    capped = true;
                    break;
                }
                TimelineEntry e = TimelineEntry.of(seq++, r);
                batch.add(e);
                sources.merge(e.source(), 1L, Long::sum);
                severities.merge(e.severity().name(), 1L, Long::sum);
                if (e.component() != null && (components.size() < MAX_COMPONENTS || components.containsKey(e.component()))) {
                    components.merge(e.component(), 1L, Long::sum);
                }
                if (batch.size() == BATCH) {
                    store.append(runId, batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            store.append(runId, batch);
        }
        TimelineSummary summary = new TimelineSummary(runId, seq, capped, counts(sources, false), counts(components, true),
                severities.entrySet().stream().map(c -> new TimelineSummary.Count(c.getKey(), c.getValue()))
                        .sorted(Comparator.comparing((TimelineSummary.Count c) -> Severity.valueOf(c.name()).ordinal()).reversed()).toList());
        store.finish(summary);
        store.keepNewest(KEPT_RUNS);
        return summary;
    }

    private static List<TimelineSummary.Count> counts(Map<String, Long> counts, boolean mostFirst) {
        var stream = counts.entrySet().stream().map(c -> new TimelineSummary.Count(c.getKey(), c.getValue()));
        return (mostFirst ? stream.sorted(Comparator.comparingLong(TimelineSummary.Count::records).reversed()
                .thenComparing(TimelineSummary.Count::name)) : stream).toList();
    }
}
