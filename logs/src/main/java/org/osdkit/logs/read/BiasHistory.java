package org.osdkit.logs.read;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bias a log with true biases wrote over its local time (smsts.log: {@code +480} in WinPE's
 * default Pacific zone, then the full OS's own), lent to an MDT log of the same machine, whose
 * {@code +000} is not UTC: an MDT record written at local time T had the bias the lender had at T.
 * Holds only the points where the bias changed, so it stays small for any log size.
 */
public final class BiasHistory {

    /** From this local time on (until the next change), the lender wrote this bias. */
    private record Change(LocalDateTime from, int bias) {
    }

    private final String source;
    private final List<Change> changes = new ArrayList<>();

    private BiasHistory(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Reads {@code generations} (one log, oldest first) and keeps its bias changes; {@code null} when
     * the log holds no record with a true bias (an MDT log itself, plain text). The log's problems are
     * not reported here: the merge that lends its biases reads it again and reports them once.
     */
    public static BiasHistory scan(List<LogFile> generations, ReadOptions options) {
        if (generations.isEmpty()) {
            return null;
        }
        BiasHistory h = new BiasHistory(ZoneHints.fileName(generations.get(generations.size() - 1).path().toString()));
        // Only the lender's own biases count: nothing lent to it, no zone named for it.
        ReadOptions plain = new ReadOptions(options.assumeZone(), options.invertBias(), options.maxMessageChars());
        try (RecordCursor records = LogReader.openAll(generations, plain, p -> { })) {
            while (records.hasNext()) {
                LogRecord r = records.next();
                if (r.zone() == ZoneStatus.KNOWN && r.biasMinutes() != null && r.localTime() != null) {
                    h.add(r.localTime(), r.biasMinutes());
                }
            }
        }
        // Fragments of one machine's log may come in any order; look-ups go by local time.
        h.changes.sort(java.util.Comparator.comparing(Change::from));
        return h.changes.isEmpty() ? null : h;
    }

    /** A history made of the given points, for tests and callers that know the machine's biases. */
    public static BiasHistory of(String source, LocalDateTime from, int bias) {
        BiasHistory h = new BiasHistory(source);
        h.add(from, bias);
        return h;
    }

    private void add(LocalDateTime local, int bias) {
        if (changes.isEmpty() || changes.get(changes.size() - 1).bias() != bias) {
            changes.add(new Change(local, bias));
        }
    }

    /** The log the biases come from (its file name). */
    public String source() {
        return source;
    }

    /** The bias in force at {@code local}: the last change at or before it, else the first one. */
    public int biasAt(LocalDateTime local) {
        Change found = changes.get(0);
        for (Change c : changes) {
            if (c.from().isAfter(local)) {
                break;
            }
            found = c;
        }
        return found.bias();
    }

    /** The distinct biases, in the order they appeared ({@code +480, -60}). */
    public List<Integer> biases() {
        return changes.stream().map(Change::bias).distinct().toList();
    }
}
