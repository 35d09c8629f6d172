package org.osdkit.logs.diagnosis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.LogRecord;

/**
 * Facts about the current record computed once for all rules: which of the rules' literals its
 * message holds (one scan, no copy), and on demand its codes and, for messages the scan does not
 * read, its lower-cased message.
 */
final class RecordFacts {

    private final LiteralScan scan;
    /** {@code seen[id] == stamp} when literal {@code id} is in the current record: nothing to clear per record. */
    private final int[] seen;
    private int stamp;
    private boolean scanned;
    private LogRecord record;
    private Set<Long> codes;
    private String lower;

    RecordFacts(LiteralScan scan) {
        this.scan = scan;
        this.seen = new int[scan.size()];
    }

    void reset(LogRecord r) {
        record = r;
        codes = null;
        lower = null;
        if (++stamp == 0) {
            Arrays.fill(seen, 0);
            stamp = 1;
        }
        scanned = scan.scan(r.message(), seen, stamp);
    }

    /** True when the scan read the message, so {@link #seen} answers for it. */
    boolean scanned(LogRecord r) {
        check(r);
        return scanned;
    }

    boolean seen(int id) {
        return seen[id] == stamp;
    }

    boolean seenAny(int[] ids) {
        for (int id : ids) {
            if (seen[id] == stamp) {
                return true;
            }
        }
        return false;
    }

    Set<Long> codes(LogRecord r) {
        check(r);
        if (codes == null) {
            codes = ErrorCodes.valuesIn(r.message());
        }
        return codes;
    }

    /** The message in lower case, for the literal checks of messages the scan does not read. */
    String lower(LogRecord r) {
        check(r);
        if (lower == null) {
            lower = r.message().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    private void check(LogRecord r) {
        if (r != record) {
            reset(r);
        }
    }
}
