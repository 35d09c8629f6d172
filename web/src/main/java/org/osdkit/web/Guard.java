package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;

/**
 * What every request passes before its route: the security headers (set first, so errors carry them
 * too), the Host allowlist, who is calling; and before a mutating route: read-only mode, sign-in and
 * the CSRF token of a browser session.
 */
final class Guard {

    static final String SESSION_COOKIE = "osdkit_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "csrf";
    static final String ACTOR_HEADER = "X-Osdkit-Actor";

    /** No inline script or style anywhere: every page loads its assets from this server. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final HostAllowlist hosts;
    private final ApiToken token;
    private final Sessions sessions;
    private final boolean readOnly;

    Guard(HostAllowlist hosts, ApiToken token, Sessions sessions, boolean readOnly) {
        this.hosts = hosts;
        this.token = token;
        this.sessions = sessions;
        this.readOnly = readOnly;
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    /** Every request, matched or not. */
    void before(Context ctx) {
        securityHeaders(ctx);
        hosts.check(ctx.header("Host"));
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || !token.matches(authorization.substring(7))) {
                throw new OsdkitException(WebErrors.BAD_TOKEN, "The bearer token is not this dashboard's API token.",
                        "Use the token 'osdkit web' printed when it made it, or make a new one with 'osdkit web token --rotate'.");
            }
            new Principal(actor("api", ctx.header(ACTOR_HEADER), ctx.ip()), null).attachTo(ctx);
            return;
        }
        String session = ctx.cookie(SESSION_COOKIE);
        if (session != null && !session.isEmpty()) {
            // The token file is read only for a caller that presents a session: anonymous reads never depend on it.
            sessions.find(session, token.fingerprint()).ifPresent(s -> new Principal(s.actor, s).attachTo(ctx));
        }
    }

    /** Routes that change something; every other route only reads. */
    void beforeMatched(Context ctx) {
        if (!ctx.routeRoles().contains(Access.MUTATING)) {
            return;
        }
        if (readOnly) {
            throw new OsdkitException(WebErrors.READ_ONLY, "This dashboard was started with --read-only: " + ctx.method() + " " + ctx.path()
                    + " is disabled.", "Use the command line, or a dashboard started without --read-only.");
        }
        Principal p = Principal.of(ctx).orElseThrow(() -> new OsdkitException(WebErrors.SIGN_IN_REQUIRED,
                "Sign in to change anything: " + ctx.method() + " " + ctx.path() + " needs a session or 'Authorization: Bearer <token>'.",
                "Sign in at /signin with the API token."));
        if (p.session() != null && !csrfMatches(ctx, p.session().csrf)) {
            throw new OsdkitException(WebErrors.CSRF_MISSING, "The request has no valid CSRF token.",
                    "Send the session's token (GET /api/v1/session) in the " + CSRF_HEADER + " header or the '" + CSRF_FIELD + "' form field.");
        }
    }

    static boolean csrfMatches(Context ctx, String expected) {
        String presented = ctx.header(CSRF_HEADER);
        if (presented == null && ctx.method() != HandlerType.GET && isForm(ctx)) {
            presented = RequestBody.form(() -> ctx.formParam(CSRF_FIELD));
        }
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    /**
     * The actor recorded for a caller: the name it gives (or {@code fallback}), marked as coming through
     * the dashboard, at the address it connects from; e.g. {@code web:alice@10.0.0.5}.
     */
    static Actor actor(String channel, String name, String address) {
        String who = name == null || name.isBlank() ? channel : name.strip();
        if (who.length() > 64 || !who.matches("[\\p{L}\\p{N} ._-]+")) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "A name for the audit journal is 1 to 64 letters, digits, spaces, '.', '_' or '-'.");
        }
        String user = who.equals(channel) ? channel : channel + ":" + who;
        return new Actor(user, "", address == null ? "" : address);
    }
}
