package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures to RFC 9457 problem details ({@code application/problem+json}) in one place for every
 * route, with the stable osdkit code in {@code code} and in the {@code type} URN.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String WRITTEN = "osdkit.problem";

    private final Layout layout;

    Problems(Layout layout) {
        this.layout = layout;
    }

    void osdkit(OsdkitException e, Context ctx) {
        if (e.code().equals(WebErrors.SIGN_IN_REQUIRED) || e.code().equals(WebErrors.BAD_TOKEN)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"osdkit\"");
        }
        write(ctx, status(e.code()), e.code().id(), e.describe());
    }

    /** Javalin's own refusals: no such route, wrong method, a body too large. */
    void http(HttpResponseException e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        String code = switch (e.getStatus()) {
            case 404 -> WebErrors.NOT_FOUND.id();
            case 413 -> WebErrors.UPLOAD_TOO_LARGE.id();
            default -> "WEB-HTTP-" + e.getStatus();
        };
        String detail = e.getStatus() == 404 ? "No route " + ctx.method() + " " + ctx.path() + "." : e.getMessage();
        write(ctx, status, code, detail);
    }

    void unexpected(Exception e, Context ctx) {
        var wrapped = OsdkitException.in(e);
        if (wrapped.isPresent()) {
            osdkit(wrapped.get(), ctx);
            return;
        }
        LOG.error("Unexpected failure serving {}", ctx.path(), e);
        write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "WEB-INTERNAL", "Unexpected failure; see osdkit.log in the workspace.");
    }

    /** A 404 that no exception explained (a static path Jetty did not find); never overwrites a domain's problem. */
    void notFound(Context ctx) {
        if (ctx.attribute(WRITTEN) == null) {
            write(ctx, HttpStatus.NOT_FOUND, WebErrors.NOT_FOUND.id(), "No route " + ctx.method() + " " + ctx.path() + ".");
        }
    }

    private void write(Context ctx, HttpStatus status, String code, String detail) {
        Guard.securityHeaders(ctx);
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status);
        if (wantsPage(ctx)) {
            // A browser posting a page's form (or opening a page) sees the refusal highlighted in the page frame, code included.
            layout.page(ctx, status, null, status.getCode() + " " + status.getMessage(), Layout.problem(Principal.signedIn(ctx) ? detail : PathRedaction.text(detail))
                    + "<p>Code <code id=\"problem-code\">" + Html.escape(code) + "</code></p>\n<p>Go back to try again, or open the <a href=\"/\">overview</a>.</p>\n");
            return;
        }
        Responses.write(ctx, new Problem("urn:osdkit:error:" + code, status.getMessage(), status.getCode(), detail, ctx.path(), code), Responses.PROBLEM);
    }

    /** A page request from a browser (it accepts HTML), never an API call. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return !ctx.path().startsWith("/api/") && !ctx.path().startsWith("/assets/") && accept != null && accept.contains("text/html");
    }

    static HttpStatus status(ErrorCode code) {
        if (code.equals(WebErrors.SIGN_IN_REQUIRED) || code.equals(WebErrors.BAD_TOKEN)) {
            return HttpStatus.UNAUTHORIZED;
        }
        if (code.equals(WebErrors.UPLOAD_TOO_LARGE)) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        return status(code.kind());
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

    /** RFC 9457 members plus osdkit's stable {@code code}. */
    record Problem(String type, String title, int status, String detail, String instance, String code) {
    }
}
