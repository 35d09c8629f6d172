package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.logs.diagnosis.Finding;
import org.osdkit.logs.errorcodes.DecodedCode;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.timeline.KeepTimeline;
import org.osdkit.logs.timeline.TimelinePage;
import org.osdkit.logs.timeline.TimelineStore;
import org.osdkit.logs.timeline.TimelineSummary;

/** Diagnosis history and error-code lookup, the dashboard's side of {@code osdkit logs}. */
final class LogsResource {

    static final ErrorCode RUN_NOT_FOUND = ErrorCode.of("WEB-DIAGNOSIS-NOT-FOUND", ErrorKind.NOT_FOUND);
    static final ErrorCode INVALID_ID = ErrorCode.of("WEB-INVALID-ID", ErrorKind.INVALID_INPUT);
    static final ErrorCode TIMELINE_NOT_KEPT = ErrorCode.of("WEB-TIMELINE-NOT-KEPT", ErrorKind.NOT_FOUND);
    static final ErrorCode RECORD_NOT_FOUND = ErrorCode.of("WEB-RECORD-NOT-FOUND", ErrorKind.NOT_FOUND);

    private final DiagnosisHistory history;
    private final ErrorCodes codes;
    private final TimelineStore timelines;

    @Inject
    LogsResource(DiagnosisHistory history, ErrorCodes codes, TimelineStore timelines) {
        this.history = history;
        this.codes = codes;
        this.timelines = timelines;
    }

    /** {@code GET /api/v1/logs/diagnoses?limit=50}: newest first. */
    void diagnoses(Context ctx) {
        Paging.of(ctx).serve(ctx, history::recent);
    }

    /** {@code GET /api/v1/logs/diagnoses/{id}}: one run with its findings and evidence. */
    void diagnosis(Context ctx) {
        long id = id(ctx.pathParam("id"));
        DiagnosisRun run = history.run(id).orElseThrow(() -> new OsdkitException(RUN_NOT_FOUND, "There is no diagnosis run " + id + "."));
        Paging.of(ctx).serveField(ctx, Map.of("run", run, "findings", history.findings(id)), "findings");
    }

    /**
     * {@code GET /api/v1/logs/diagnoses/{id}/timeline}: one page of the run's kept records with the filters of
     * {@link TimelineRequest}, read by record number from the store (the log is not parsed again), with the
     * summary (files, components, severities) the filters choose from.
     */
    void timeline(Context ctx) {
        long id = id(ctx.pathParam("id"));
        Timeline t = timeline(ctx, id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", id);
        body.put("summary", t.summary());
        body.put("focus", t.request().focus());
        body.put("page", t.page());
        Responses.json(ctx, body);
    }

    /** A run's kept timeline and the page a request asks for. */
    record Timeline(TimelineSummary summary, TimelineRequest request, TimelinePage page) {
    }

    Timeline timeline(Context ctx, long id) {
        run(id);
        TimelineSummary summary = timelines.summary(id).orElseThrow(() -> new OsdkitException(TIMELINE_NOT_KEPT, "Run " + id
                + " has no kept timeline: it was diagnosed on the command line, or is older than the newest " + KeepTimeline.KEPT_RUNS + " runs.",
                "Diagnose the log again from the Logs page."));
        TimelineRequest request = TimelineRequest.of(ctx, id, summary, timelines);
        return new Timeline(summary, request, timelines.page(id, request.query()));
    }

    DiagnosisRun run(long id) {
        return history.run(id).orElseThrow(() -> new OsdkitException(RUN_NOT_FOUND, "There is no diagnosis run " + id + "."));
    }

    List<Finding> findings(long id) {
        return history.findings(id);
    }

    List<DiagnosisRun> recent(int limit) {
        return history.recent(limit);
    }

    DecodedCode decode(String code) {
        return codes.decode(code);
    }

    /** {@code GET /api/v1/logs/errcode/{code}}: the decoded fields, name and message of an error code. */
    void errorCode(Context ctx) {
        Responses.json(ctx, codes.decode(ctx.pathParam("code")));
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new OsdkitException(INVALID_ID, "\"" + text + "\" is not a diagnosis run id.");
        }
    }
}
