package org.osdkit.logs.diagnosis;

import java.util.Locale;
import java.util.Set;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.LogRecord;

/** Facts about the current record computed once, on demand, for all rules: its codes and lower-cased message. */
final class RecordFacts {

    private LogRecord record;
    private Set<Long> codes;
    private String lower;

    void reset(LogRecord r) {
        record = r;
        codes = null;
        lower = null;
    }

    Set<Long> codes(LogRecord r) {
        check(r);
        if (codes == null) {
            codes = ErrorCodes.valuesIn(r.message());
        }
        return codes;
    }

    /** The message in lower case, for the rules' literal pre-checks. */
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
