package org.osdkit.logs.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.logs.read.LogRecord;

/**
 * The rules that apply to one log, fed its records in order (generations oldest first). Keeps one
 * matcher per signature and one running finding per rule: memory does not grow with the log.
 */
final class LogDiagnosis {

    private final String logName;
    private final List<RuleState> rules = new ArrayList<>();
    private final RecordFacts facts;
    private long index;

    LogDiagnosis(String logName, List<Rule> all) {
        this.logName = logName;
        LiteralScan.Builder scan = new LiteralScan.Builder();
        for (Rule r : all) {
            if (r.appliesTo(logName)) {
                rules.add(new RuleState(r, scan));
            }
        }
        facts = new RecordFacts(scan.build());
    }

    boolean hasRules() {
        return !rules.isEmpty();
    }

    void accept(LogRecord r) {
        facts.reset(r);
        for (RuleState state : rules) {
            state.accept(r, index, facts);
        }
        index++;
    }

    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (RuleState s : rules) {
            if (s.occurrences > 0) {
                Rule r = s.rule;
                out.add(new Finding(r.id(), r.title(), r.severity(), r.confidence(), logName, s.occurrences, s.first,
                        s.occurrences > 1 ? s.last : List.of(), r.cause(), r.fix(), r.references()));
            }
        }
        return out;
    }

    private static final class RuleState {
        final Rule rule;
        final List<SignatureMatcher> matchers = new ArrayList<>();
        int occurrences;
        List<Evidence> first = List.of();
        List<Evidence> last = List.of();

        RuleState(Rule rule, LiteralScan.Builder scan) {
            this.rule = rule;
            rule.signatures().forEach(s -> matchers.add(new SignatureMatcher(s, scan)));
        }

        void accept(LogRecord r, long index, RecordFacts facts) {
            for (SignatureMatcher m : matchers) {
                List<LogRecord> evidence = m.accept(r, index, facts);
                if (evidence != null) {
                    List<Evidence> lines = evidence.stream().map(Evidence::of).toList();
                    if (occurrences++ == 0) {
                        first = lines;
                    } else {
                        last = lines;
                    }
                    // One record completing several signatures of the same rule is one occurrence.
                    return;
                }
            }
        }
    }
}
