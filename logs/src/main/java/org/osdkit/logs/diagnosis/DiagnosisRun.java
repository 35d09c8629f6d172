package org.osdkit.logs.diagnosis;

import java.time.Instant;
import java.util.List;

/**
 * A stored diagnosis run, as the history lists it.
 *
 * @param id         the run's id
 * @param startedAt  when it started
 * @param finishedAt when it ended
 * @param actor      who ran it
 * @param inputs     the files, folders and globs it read
 * @param files      files read
 * @param records    records read
 * @param unparsed   unparsed fragments among them
 * @param problems   read problems reported
 * @param rules      rules evaluated
 * @param errors     error-level findings
 * @param warnings   warning-level findings
 */
public record DiagnosisRun(long id, Instant startedAt, Instant finishedAt, String actor, List<String> inputs, int files,
                           long records, long unparsed, long problems, int rules, int errors, int warnings) {

    public DiagnosisRun {
        inputs = List.copyOf(inputs);
    }
}
