package org.osdkit.logs.diagnosis;

import java.util.List;
import org.osdkit.logs.read.Severity;

/**
 * A rule that fired in one log: its advice, how often it matched, and the evidence lines of the first
 * match (and the last, when it matched more than once).
 *
 * @param ruleId       the rule
 * @param title        the rule's title
 * @param severity     the rule's severity
 * @param confidence   the rule's confidence
 * @param log          the log's name ({@code smpmgr.log})
 * @param occurrences  how many times the signature matched in this log
 * @param evidence     the lines of the first match, in order
 * @param lastEvidence the lines of the last match (empty when it matched once)
 * @param cause        why it happens
 * @param fix          what to do
 * @param references   KB numbers, articles
 */
public record Finding(String ruleId, String title, Severity severity, String confidence, String log, int occurrences,
                      List<Evidence> evidence, List<Evidence> lastEvidence, String cause, String fix, List<String> references) {

    public Finding {
        evidence = List.copyOf(evidence);
        lastEvidence = List.copyOf(lastEvidence);
        references = List.copyOf(references);
    }
}
