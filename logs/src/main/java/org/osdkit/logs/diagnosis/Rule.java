package org.osdkit.logs.diagnosis;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osdkit.logs.read.Severity;

/**
 * A known failure: which logs it applies to, the signatures that reveal it, and what to do.
 *
 * @param id              stable identifier ({@code SMP-CLEANUP-KB961269})
 * @param title           one line for people
 * @param logs            log-name globs it applies to ({@code smsts*.log}); empty for every log
 * @param severity        ERROR, WARNING or INFO
 * @param confidence      high, medium or low (how sure the cause is, given the evidence)
 * @param signatures      alternatives; any one matching fires the rule
 * @param cause           why it happens
 * @param fix             what to do
 * @param references      KB numbers, articles
 * @param products        product versions it applies to
 * @param source          where the rule's facts come from
 * @param examples        synthetic log excerpts that must fire the rule
 * @param counterexamples synthetic log excerpts that must not
 */
public record Rule(String id, String title, List<String> logs, Severity severity, String confidence,
                   List<Signature> signatures, String cause, String fix, List<String> references, List<String> products,
                   String source, List<String> examples, List<String> counterexamples) {

    public Rule {
        Objects.requireNonNull(id, "id");
        logs = List.copyOf(logs);
        signatures = List.copyOf(signatures);
        references = List.copyOf(references);
        products = List.copyOf(products);
        examples = List.copyOf(examples);
        counterexamples = List.copyOf(counterexamples);
    }

    /** True when the rule applies to a log of this name ({@code CAS.log}, generations already mapped). */
    public boolean appliesTo(String logName) {
        if (logs.isEmpty()) {
            return true;
        }
        Path name = Path.of(logName.toLowerCase(Locale.ROOT));
        for (String glob : logs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
            if (m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One way a failure shows: steps that must match in order, each within the window of the first.
     *
     * @param steps         one or more steps
     * @param withinRecords the last step at most this many records after the first
     * @param within        and at most this long after it (when both records have a time)
     */
    public record Signature(List<Step> steps, int withinRecords, Duration within) {

        public Signature {
            steps = List.copyOf(steps);
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("a signature needs at least one step");
            }
        }
    }

    /**
     * What one record must show: a pattern found in its message, an error code in any form, or both.
     *
     * @param pattern case-insensitive regular expression, or {@code null}
     * @param code    32-bit code value, or {@code null}
     */
    public record Step(Pattern pattern, Long code) {

        public Step {
            if (pattern == null && code == null) {
                throw new IllegalArgumentException("a step needs a pattern or a code");
            }
        }
    }
}
