package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Map;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.logs.errorcodes.ErrorCodes;

/** Diagnosis history and error-code lookup, the dashboard's side of {@code osdkit logs}. */
final class LogsResource {

    static final ErrorCode RUN_NOT_FOUND = ErrorCode.of("WEB-DIAGNOSIS-NOT-FOUND", ErrorKind.NOT_FOUND);
    static final ErrorCode INVALID_ID = ErrorCode.of("WEB-INVALID-ID", ErrorKind.INVALID_INPUT);

    private final DiagnosisHistory history;
    private final ErrorCodes codes;

    @Inject
    LogsResource(DiagnosisHistory history, ErrorCodes codes) {
        this.history = history;
        this.codes = codes;
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

    /** {@code GET /api/v1/logs/errcode/{code}}: the decoded fields, name and message of an error code. */
    void errorCode(Context ctx) {
        Responses.json(ctx, codes.decode(ctx.pathParam("code")));
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new OsdkitException(INVALID_ID, "\"" + text + "\" is not a diagnosis run id.");
        }
    }
}
