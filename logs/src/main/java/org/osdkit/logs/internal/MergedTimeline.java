package org.osdkit.logs.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.osdkit.logs.LogFile;
import org.osdkit.logs.LogRecord;
import org.osdkit.logs.ReadOptions;
import org.osdkit.logs.ReadProblem;
import org.osdkit.logs.RecordCursor;

/**
 * K-way merge of several logs by UTC: one head record per log in a priority queue, so memory does not
 * depend on file sizes. Equal times keep the order the logs were given in; records of one log are
 * never reordered. Records without UTC sort by their local time read as UTC (zone unknown), and
 * records without any time (fragments, invalid dates) stay right after the record before them.
 */
public final class MergedTimeline implements RecordCursor {

    /** How far to look ahead for a time when a log starts with records that have none. */
    private static final int LOOKAHEAD = 1024;

    private final List<Source> sources = new ArrayList<>();
    private final PriorityQueue<Source> queue = new PriorityQueue<>((a, b) -> {
        int c = a.key.compareTo(b.key);
        return c != 0 ? c : Integer.compare(a.order, b.order);
    });

    /** {@code logs}: each inner list is one log's generations, oldest first. */
    public MergedTimeline(Collection<List<LogFile>> logs, ReadOptions options, Consumer<ReadProblem> problems) {
        int order = 0;
        for (List<LogFile> generations : logs) {
            Source s = new Source(new FileSequence(generations, options, problems), order++);
            sources.add(s);
            if (s.advance()) {
                queue.add(s);
            }
        }
    }

    @Override
    public boolean hasNext() {
        return !queue.isEmpty();
    }

    @Override
    public LogRecord next() {
        Source s = queue.poll();
        if (s == null) {
            throw new NoSuchElementException();
        }
        LogRecord r = s.head;
        if (s.advance()) {
            queue.add(s);
        }
        return r;
    }

    @Override
    public void close() {
        sources.forEach(s -> s.records.close());
    }

    /** The sort key of a record, or {@code null} when it has no time at all. */
    static Instant key(LogRecord r) {
        if (r.utc() != null) {
            return r.utc();
        }
        return r.localTime() == null ? null : r.localTime().toInstant(ZoneOffset.UTC);
    }

    private static final class Source {
        final RecordCursor records;
        final int order;
        final Deque<LogRecord> buffered = new ArrayDeque<>();
        LogRecord head;
        Instant key;
        Instant lastKey;

        Source(RecordCursor records, int order) {
            this.records = records;
            this.order = order;
        }

        boolean advance() {
            LogRecord r = buffered.isEmpty() ? (records.hasNext() ? records.next() : null) : buffered.poll();
            if (r == null) {
                head = null;
                return false;
            }
            Instant k = key(r);
            if (k == null) {
                k = lastKey != null ? lastKey : lookahead();
            }
            head = r;
            key = k;
            lastKey = k;
            return true;
        }

        /** Leading records without a time take the time of the first record after them that has one. */
        private Instant lookahead() {
            while (buffered.size() < LOOKAHEAD && records.hasNext()) {
                LogRecord r = records.next();
                buffered.add(r);
                Instant k = key(r);
                if (k != null) {
                    return k;
                }
            }
            return Instant.MIN;
        }
    }
}
