package org.osdkit.logs.merge;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;
import org.osdkit.logs.read.RecordCursor;

/**
 * K-way merge of several logs by UTC: one head record per log in a tournament tree, so memory does
 * not depend on file sizes. Equal times keep the order the logs were given in; records of one log
 * are never reordered. Records without UTC sort by their local time read as UTC (zone unknown), and
 * records without any time (fragments, invalid dates) stay right after the record before them.
 */
final class MergedTimeline implements RecordCursor {

    /** How far to look ahead for a time when a log starts with records that have none. */
    private static final int LOOKAHEAD = 1024;
    /** Records parsed at once per log, unless their messages reach {@link #BATCH_CHARS} first. */
    private static final int BATCH = 16;
    private static final int BATCH_CHARS = 16 * 1024;

    private final Source[] sources;
    /** Each source's head key, and its rank for equal keys: its input position, or that plus the count once exhausted. */
    private final long[] keys;
    private final int[] ranks;
    /**
     * A loser tree over the sources (leaf {@code n + i} is source {@code i}): each inner node holds
     * the source that lost the match there, node 0 the overall winner. Taking a record replays only
     * its source's path to the root, one comparison per level, fewer than a binary heap needs.
     */
    private final int[] tree;
    private int live;

    /** {@code logs}: each inner list is one log's generations, oldest first. */
    MergedTimeline(Collection<List<LogFile>> logs, ReadOptions options, Consumer<ReadProblem> problems) {
        this(List.copyOf(logs), MachineBias.options(List.copyOf(logs), options), problems);
    }

    /** {@code options.get(i)} reads {@code logs.get(i)}: an MDT log gets the biases of its machine's sibling. */
    private MergedTimeline(List<List<LogFile>> logs, List<ReadOptions> options, Consumer<ReadProblem> problems) {
        int n = logs.size();
        sources = new Source[n];
        keys = new long[n];
        ranks = new int[n];
        tree = new int[Math.max(n, 1)];
        int i = 0;
        for (List<LogFile> generations : logs) {
            sources[i] = new Source(LogReader.openAll(generations, options.get(i), problems));
            ranks[i] = i;
            i++;
        }
        live = n;
        for (i = 0; i < n; i++) {
            load(i);
        }
        if (n > 0) {
            tree[0] = play(1);
        }
    }

    @Override
    public boolean hasNext() {
        return live > 0;
    }

    @Override
    public LogRecord next() {
        if (live == 0) {
            throw new NoSuchElementException();
        }
        int winner = tree[0];
        LogRecord r = sources[winner].head;
        load(winner);
        int n = sources.length;
        for (int node = (winner + n) >> 1; node > 0; node >>= 1) {
            int other = tree[node];
            if (before(other, winner)) {
                tree[node] = winner;
                winner = other;
            }
        }
        tree[0] = winner;
        return r;
    }

    /** Moves source {@code i} to its next record; an exhausted source ranks after every live one. */
    private void load(int i) {
        if (sources[i].advance()) {
            keys[i] = sources[i].key;
        } else {
            keys[i] = Long.MAX_VALUE;
            ranks[i] = sources.length + i;
            live--;
        }
    }

    /** Plays the matches below {@code node}, recording the losers; returns the winner. */
    private int play(int node) {
        int n = sources.length;
        if (node >= n) {
            return node - n;
        }
        int a = play(2 * node);
        int b = play(2 * node + 1);
        boolean aWins = before(a, b);
        tree[node] = aWins ? b : a;
        return aWins ? a : b;
    }

    private boolean before(int a, int b) {
        return keys[a] < keys[b] || (keys[a] == keys[b] && ranks[a] < ranks[b]);
    }

    @Override
    public void close() {
        for (Source s : sources) {
            s.records.close();
        }
    }

    /** The key as one number (nanoseconds since 1970, saturating outside 1677-2262), so the tree compares primitives. */
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
        /** Records read ahead of the head, in order: the current batch and the lookahead for a time. */
        final Deque<LogRecord> ahead = new ArrayDeque<>();
        LogRecord head;
        long key;
        Instant lastKey;

        Source(RecordCursor records) {
            this.records = records;
        }

        boolean advance() {
            if (ahead.isEmpty()) {
                readBatch();
            }
            LogRecord r = ahead.poll();
            if (r == null) {
                head = null;
                return false;
            }
            Instant k = r.sortTime();
            if (k == null) {
                k = lastKey != null ? lastKey : lookahead();
            }
            head = r;
            key = nanos(k);
            lastKey = k;
            return true;
        }

        /**
         * Parses a few records at once: a parser kept busy for a while keeps its state in the CPU
         * caches, where taking one record from each log in turn made the logs' parsers evict each
         * other. A batch stops at {@link #BATCH} records or once its messages reach
         * {@link #BATCH_CHARS} characters, so it adds little to the record per log held anyway.
         */
        private void readBatch() {
            long chars = 0;
            while (ahead.size() < BATCH && chars < BATCH_CHARS && records.hasNext()) {
                LogRecord r = records.next();
                ahead.add(r);
                chars += r.message().length();
            }
        }

        /** Leading records without a time take the time of the first record after them that has one. */
        private Instant lookahead() {
            for (LogRecord r : ahead) {
                Instant k = r.sortTime();
                if (k != null) {
                    return k;
                }
            }
            while (ahead.size() < LOOKAHEAD && records.hasNext()) {
                LogRecord r = records.next();
                ahead.add(r);
                Instant k = r.sortTime();
                if (k != null) {
                    return k;
                }
            }
            return Instant.MIN;
        }
    }
}
