package org.osdkit.logs.diagnosis;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import org.osdkit.logs.read.Severity;

/**
 * A rule-pack file as written, bound by Jackson: the shape of {@code known-issues.yaml} and of an
 * admin's own files, before {@link RulePackReader} checks it and turns it into {@link Rule}s. Fields an
 * admin leaves out are {@code null} here; the reader applies the defaults.
 *
 * @param rules the rules, in file order
 */
record RulePackFile(List<RuleEntry> rules) {

    /** How sure a rule is of its cause; written in any case ({@code high}, {@code High}). */
    enum Confidence { HIGH, MEDIUM, LOW }

    /**
     * One rule as written; see {@link Rule} for what each field means. The list fields also take a
     * single value ({@code logs: smsts.log}).
     */
    record RuleEntry(String id, String title,
                     @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> logs,
                     Severity severity, Confidence confidence, List<SignatureEntry> signatures, String cause, String fix,
                     @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> references,
                     @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> products,
                     String source,
                     @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> examples,
                     @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> counterexamples) {
    }

    /**
     * A signature: either one step written inline ({@code pattern} and/or {@code code}) or a
     * {@code sequence} of steps, with an optional window.
     */
    record SignatureEntry(List<StepEntry> sequence, String pattern, String code, Within within) {
    }

    /**
     * One step. The code stays text: YAML reads {@code 80004005} as a decimal number, but logs write
     * HRESULTs as 8 hex digits, and {@code ErrorCodes.parseNumber} reads the text that way.
     */
    record StepEntry(String pattern, String code) {
    }

    /** The window of a sequence: at most this many records and/or seconds after its first step. */
    record Within(Integer records, Long seconds) {
    }
}
