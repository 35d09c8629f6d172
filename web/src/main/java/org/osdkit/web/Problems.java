package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps failures to RFC 9457 problem-details JSON, in one place for every route. */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    void osdkit(OsdkitException e, Context ctx) {
        HttpStatus status = status(e.code().kind());
        ctx.status(status).contentType("application/problem+json")
                .json(new Problem("urn:osdkit:error:" + e.code().id(), e.code().id(), status.getCode(), e.describe(), ctx.path()));
    }

    void unexpected(Exception e, Context ctx) {
        var wrapped = OsdkitException.in(e);
        if (wrapped.isPresent()) {
            osdkit(wrapped.get(), ctx);
            return;
        }
        LOG.error("Unexpected failure serving {}", ctx.path(), e);
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("application/problem+json")
                .json(new Problem("about:blank", "Internal Server Error", 500, "Unexpected failure; see osdkit.log in the workspace.", ctx.path()));
    }

    void notFound(Context ctx) {
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/problem+json")
                    .json(new Problem("about:blank", "Not Found", 404, "No API route " + ctx.method() + " " + ctx.path() + ".", ctx.path()));
        }
    }

    static HttpStatus status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REFUSED -> HttpStatus.FORBIDDEN;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    record Problem(String type, String title, int status, String detail, String instance) {
    }
}
