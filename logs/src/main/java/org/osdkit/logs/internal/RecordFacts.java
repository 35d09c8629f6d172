package org.osdkit.logs.internal;

import java.util.Set;
import org.osdkit.logs.ErrorCodes;
import org.osdkit.logs.LogRecord;

/** Facts about the current record computed once, on demand, for all rules (the codes in its message). */
final class RecordFacts {

    private LogRecord record;
    private Set<Long> codes;

    void reset(LogRecord r) {
        record = r;
        codes = null;
    }

    Set<Long> codes(LogRecord r) {
        if (r != record || codes == null) {
            record = r;
            codes = ErrorCodes.valuesIn(r.message());
        }
        return codes;
    }
}
