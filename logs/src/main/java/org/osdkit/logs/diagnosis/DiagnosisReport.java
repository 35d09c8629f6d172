package org.osdkit.logs.diagnosis;

import java.time.Instant;
import java.util.List;
import org.osdkit.logs.read.Severity;

/**
 * The result of one diagnosis run, as shown and as stored for the dashboard's history.
 *
 * @param startedAt  when the run started
 * @param finishedAt when it ended
 * @param inputs     what the admin named (files, folders, globs)
 * @param files      how many files were read
 * @param records    how many records were read
 * @param unparsed   how many of them were unparsed fragments
 * @param problems   how many read problems were reported
 * @param rules      how many rules were evaluated
 * @param findings   what was found, errors first
 */
public record DiagnosisReport(Instant startedAt, Instant finishedAt, List<String> inputs, int files, long records,
                              long unparsed, long problems, int rules, List<Finding> findings) {

    public DiagnosisReport {
        inputs = List.copyOf(inputs);
        findings = List.copyOf(findings);
    }

    /** True when any finding is error-level: the CLI exits 1. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
