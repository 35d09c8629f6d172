package org.osdkit.logs.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
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
    /** A binary min-heap of the sources by (key, order); the top is replaced in place, which halves the work of poll-then-add. */
    private Source[] heap;
    private int size;

    /** {@code logs}: each inner list is one log's generations, oldest first. */
    public MergedTimeline(Collection<List<LogFile>> logs, ReadOptions options, Consumer<ReadProblem> problems) {
        int order = 0;
        heap = new Source[logs.size()];
        for (List<LogFile> generations : logs) {
            Source s = new Source(new FileSequence(generations, options, problems), order++);
            sources.add(s);
            if (s.advance()) {
                heap[size++] = s;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    @Override
    public boolean hasNext() {
        return size > 0;
    }

    @Override
    public LogRecord next() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        Source top = heap[0];
        LogRecord r = top.head;
        if (!top.advance()) {
            heap[0] = heap[--size];
            heap[size] = null;
        }
        if (size > 0) {
            siftDown(0);
        }
        return r;
    }

    private void siftDown(int i) {
        Source moving = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], moving)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = moving;
    }

    private static boolean before(Source a, Source b) {
        return a.key < b.key || (a.key == b.key && a.order < b.order);
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

    /** The key as one number (nanoseconds since 1970, saturating outside 1677-2262), so the heap compares primitives. */
    private static long nanos(Instant t) {
        if (t == Instant.MIN) {
            return Long.MIN_VALUE;
        }
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static final class Source {
        final RecordCursor records;
        final int order;
        final Deque<LogRecord> buffered = new ArrayDeque<>();
        LogRecord head;
        long key;
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
            key = nanos(k);
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
