package org.osdkit.logs.diagnosis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.osdkit.core.progress.Progress;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;
import org.osdkit.logs.read.RecordCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a rule pack over logs and reports known failures with their evidence. Each log (with its
 * generations, oldest first) is streamed once; memory does not grow with the logs' size.
 */
public final class DiagnoseLogs {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnoseLogs.class);
    private static final Map<String, Integer> CONFIDENCE = Map.of("high", 0, "medium", 1, "low", 2);

    private final Clock clock;

    /** Records between two progress reports: often enough for a bar, rarely enough to cost nothing. */
    private static final int PROGRESS_EVERY = 2_000;

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | UncheckedIOException e) {
            return 0; // the reader reports an unreadable file; progress just has less to count
        }
    }

    public DiagnoseLogs(Clock clock) {
        this.clock = clock;
    }

    /** Diagnoses {@code files}; {@code inputs} are what the admin named, kept in the report. */
    public DiagnosisReport diagnose(List<String> inputs, List<LogFile> files, RulePack rules, ReadOptions options,
                                    Consumer<ReadProblem> problems) {
        return diagnose(inputs, files, rules, options, problems, Progress.NONE);
    }

    /**
     * As above, telling {@code progress} the bytes read of all files. The readers do not expose their
     * position, so inside a file it is estimated from the characters of the records read (never past the
     * file's size) and is exact again at the end of each file.
     */
    public DiagnosisReport diagnose(List<String> inputs, List<LogFile> files, RulePack rules, ReadOptions options,
                                    Consumer<ReadProblem> problems, Progress progress) {
        String task = "Diagnosing " + files.size() + (files.size() == 1 ? " log file" : " log files");
        long total = files.stream().mapToLong(f -> size(f.path())).sum();
        long finished = 0;
        progress.update(task, 0, total);
        Instant started = clock.instant();
        long[] counts = new long[3];
        Consumer<ReadProblem> counting = p -> {
            counts[2]++;
            problems.accept(p);
        };
        List<Finding> findings = new ArrayList<>();
        for (List<LogFile> generations : LogInputs.byLog(files).values()) {
            LogDiagnosis log = new LogDiagnosis(generations.get(0).logName(), rules.rules());
            long logBytes = generations.stream().mapToLong(f -> size(f.path())).sum();
            long estimate = 0;
            try (RecordCursor records = LogReader.openAll(generations, options, counting)) {
                while (records.hasNext()) {
                    LogRecord r = records.next();
                    counts[0]++;
                    estimate += r.messageLength() + 1;
                    if (counts[0] % PROGRESS_EVERY == 0) {
                        progress.update(task, finished + Math.min(estimate, Math.max(0, logBytes - 1)), total);
                    }
                    if (r.unparsed()) {
                        counts[1]++;
                    }
                    if (log.hasRules()) {
                        log.accept(r);
                    }
                }
            }
            findings.addAll(log.findings());
            finished += logBytes;
            progress.update(task, Math.min(finished, total), total);
        }
        LOG.info("Diagnosed {} records from {} files with {} rules: {} findings", counts[0], files.size(), rules.rules().size(), findings.size());
        findings.sort(Comparator.comparing((Finding f) -> -f.severity().ordinal())
                .thenComparing(f -> CONFIDENCE.getOrDefault(f.confidence(), 3))
                .thenComparing(Finding::log));
        return new DiagnosisReport(started, clock.instant(), inputs, files.size(), counts[0], counts[1], counts[2],
                rules.rules().size(), findings);
    }
}
