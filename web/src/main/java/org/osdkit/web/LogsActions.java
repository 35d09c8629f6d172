package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.logs.diagnosis.DiagnoseLogs;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.RulePack;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.timeline.KeepTimeline;
import org.osdkit.logs.timeline.TimelineSummary;

/**
 * {@code osdkit logs diagnose} for the dashboard: an uploaded log (size-limited, kept only while it is
 * diagnosed) or a log inside a configured root. The run is kept in the history under the caller's name, and
 * its records as the run's timeline (read once more, merged by time, into the database: the upload is gone
 * after the request, and a page of the timeline never parses the log again).
 */
final class LogsActions {

    private final ActingAs acting;
    private final ServerFiles files;
    private final Path uploads;
    private final long maxUploadBytes;
    private final AuditJournal audit;
    private final Clock clock;

    LogsActions(ActingAs acting, ServerFiles files, Path uploads, long maxUploadBytes, AuditJournal audit, Clock clock) {
        this.acting = acting;
        this.files = files;
        this.uploads = uploads;
        this.maxUploadBytes = maxUploadBytes;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code POST /api/v1/logs/diagnoses/upload}: a multipart form with the log in field {@code log}. */
    void upload(Context ctx, Principal caller) {
        UploadedFile log = RequestBody.form(() -> ctx.uploadedFile("log"));
        if (log == null) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "Send the log as the multipart form field \"log\".");
        }
        Diagnosed d = withUpload(log, (name, file) -> run(caller, List.of(name), List.of(LogFile.of(file)), "upload " + name));
        ctx.status(201);
        Responses.json(ctx, Map.of("runId", d.runId(), "report", d.report(), "timeline", d.timeline()));
    }

    /** Runs {@code work} over the upload saved in a temporary folder of its own, deleted afterwards whatever happens. */
    private <T> T withUpload(UploadedFile log, java.util.function.BiFunction<String, Path, T> work) {
        if (log.size() > maxUploadBytes) {
            throw new OsdkitException(WebErrors.UPLOAD_TOO_LARGE, "The upload is " + log.size() + " bytes; this dashboard takes at most "
                    + maxUploadBytes + ".", "Diagnose it on the command line, or put it in a root and diagnose it there.");
        }
        String name = safeName(log.filename());
        Path folder = null;
        try {
            Files.createDirectories(uploads);
            folder = Files.createTempDirectory(uploads, "upload-");
            Path file = folder.resolve(name);
            try (InputStream in = log.content()) {
                Files.copy(in, file);
            }
            return work.apply(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** {@code POST /api/v1/logs/diagnoses/file}: {@code root} and {@code path} (a log or a folder of logs inside it). */
    void file(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        Diagnosed d = inRoot(caller, body.required("root"), body.required("path"), body.yes("recurse"));
        ctx.status(201);
        Responses.json(ctx, Map.of("runId", d.runId(), "report", d.report(), "timeline", d.timeline()));
    }

    /** A diagnosis kept in the history, with its timeline. */
    record Diagnosed(long runId, DiagnosisReport report, TimelineSummary timeline) {
    }

    /** Diagnoses the upload in form field {@code log} (the Logs page's form); the upload is deleted before this returns. */
    Diagnosed uploaded(Context ctx, Principal caller) {
        UploadedFile log = RequestBody.form(() -> ctx.uploadedFile("log"));
        if (log == null || log.filename() == null || log.filename().isBlank()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "Choose a log file to upload (form field \"log\").");
        }
        return withUpload(log, (name, file) -> run(caller, List.of(name), List.of(LogFile.of(file)), "upload " + name));
    }

    /** Diagnoses {@code relative} inside root {@code root} (the Logs page's form). */
    Diagnosed inRoot(Principal caller, String root, String relative, boolean recurse) {
        Path path = files.resolve(root, relative);
        List<LogFile> logs = LogInputs.expand(List.of(path.toString()), recurse);
        return run(caller, List.of(root + ":" + relative), logs, root + ":" + relative);
    }

    private Diagnosed run(Principal caller, List<String> inputs, List<LogFile> logs, String target) {
        DiagnosisReport report = acting.get(caller, DiagnoseLogs.class).diagnose(inputs, logs, acting.get(caller, RulePack.class),
                ReadOptions.defaults(), problem -> { });
        long runId = acting.get(caller, DiagnosisHistory.class).record(report, caller.actor());
        TimelineSummary timeline = acting.get(caller, KeepTimeline.class).keep(runId, logs, ReadOptions.defaults(), problem -> { });
        audit.record(new AuditEntry(clock.instant(), caller.actor().toString(), "logs.diagnose", target, null, "run " + runId,
                report.findings().size() + " findings"));
        return new Diagnosed(runId, report, timeline);
    }

    /** The upload's own name without any folder part, so it cannot lead out of its temporary folder. */
    static String safeName(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() || n.chars().allMatch(c -> c == '.') ? "upload.log" : n;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over upload folder is removed with the next start's sweep
        }
    }
}
