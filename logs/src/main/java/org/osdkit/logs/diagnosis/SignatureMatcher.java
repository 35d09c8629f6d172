package org.osdkit.logs.diagnosis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.logs.read.LogRecord;

/**
 * Follows one signature through one log with bounded memory: the records matched so far for the
 * current attempt. A newer match of the first step restarts the attempt (the nearest pair counts);
 * an attempt whose window ran out is dropped.
 */
final class SignatureMatcher {

    private final Rule.Signature signature;
    private final List<StepCheck> steps = new ArrayList<>();
    private final List<LogRecord> matched = new ArrayList<>();
    private long firstIndex;
    private Instant firstTime;

    SignatureMatcher(Rule.Signature signature, LiteralScan.Builder scan) {
        this.signature = signature;
        signature.steps().forEach(s -> steps.add(new StepCheck(s, scan)));
    }

    /** Feeds the record at position {@code index} of its log; returns the evidence when the signature completes. */
    List<LogRecord> accept(LogRecord r, long index, RecordFacts facts) {
        if (!matched.isEmpty() && outsideWindow(r, index)) {
            matched.clear();
        }
        if (!matched.isEmpty() && steps.get(matched.size()).matches(r, facts)) {
            matched.add(r);
        } else if (steps.get(0).matches(r, facts)) {
            matched.clear();
            matched.add(r);
            firstIndex = index;
            firstTime = time(r);
        } else {
            return null;
        }
        if (matched.size() == steps.size()) {
            List<LogRecord> evidence = List.copyOf(matched);
            matched.clear();
            return evidence;
        }
        return null;
    }

    private boolean outsideWindow(LogRecord r, long index) {
        if (index - firstIndex > signature.withinRecords()) {
            return true;
        }
        Instant t = time(r);
        Duration within = signature.within();
        return within != null && t != null && firstTime != null && Duration.between(firstTime, t).compareTo(within) > 0;
    }

    private static Instant time(LogRecord r) {
        return r.sortTime();
    }
}
