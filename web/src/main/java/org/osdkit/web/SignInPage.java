package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Map;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /signin} and {@code /signout}: a server-rendered form (no script) that trades the API token for
 * a session cookie. The form carries a CSRF token that must match a short-lived cookie set with it, so
 * another site cannot sign a browser in; sign-out needs the session's own CSRF token.
 */
final class SignInPage {

    private static final Logger LOG = LoggerFactory.getLogger(SignInPage.class);
    static final String SIGNIN_COOKIE = "osdkit_signin";

    private final ApiToken token;
    private final Sessions sessions;
    private final AuditJournal audit;
    private final Clock clock;
    private final boolean readOnly;

    SignInPage(ApiToken token, Sessions sessions, AuditJournal audit, Clock clock, boolean readOnly) {
        this.token = token;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.readOnly = readOnly;
    }

    /** {@code GET /signin}: the form, or who is signed in with a sign-out button. Changes nothing on the server. */
    void form(Context ctx) {
        Principal.of(ctx).filter(p -> p.session() != null).ifPresentOrElse(
                p -> page(ctx, HttpStatus.OK, signedIn(p)),
                () -> page(ctx, HttpStatus.OK, signInForm(ctx, null)));
    }

    /** {@code POST /signin}: token, optional name, CSRF field. */
    void signIn(Context ctx) {
        String expected = ctx.cookie(SIGNIN_COOKIE);
        String presented = ctx.formParam(Guard.CSRF_FIELD);
        if (expected == null || presented == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            page(ctx, HttpStatus.FORBIDDEN, signInForm(ctx, "The form expired or did not come from this dashboard; try again."));
            return;
        }
        Actor actor;
        try {
            actor = Guard.actor("web", ctx.formParam("name"), ctx.ip());
        } catch (OsdkitException e) {
            page(ctx, HttpStatus.BAD_REQUEST, signInForm(ctx, e.getMessage()));
            return;
        }
        if (!token.matches(ctx.formParam("token"))) {
            LOG.warn("Refused a dashboard sign-in from {}: wrong token", ctx.ip());
            page(ctx, HttpStatus.UNAUTHORIZED, signInForm(ctx, "That is not this dashboard's API token."));
            return;
        }
        Sessions.Session s = sessions.open(actor, token.fingerprint());
        ctx.cookie(cookie(ctx, Guard.SESSION_COOKIE, s.id, "/", -1));
        ctx.cookie(cookie(ctx, SIGNIN_COOKIE, "", "/signin", 0));
        audit.record(new AuditEntry(clock.instant(), actor.toString(), "web.signin", "dashboard", null, null, "ok"));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /signout}: ends the session (its CSRF token in the form). */
    void signOut(Context ctx) {
        Principal p = Principal.of(ctx).filter(x -> x.session() != null).orElse(null);
        if (p != null) {
            if (!Guard.csrfMatches(ctx, p.session().csrf)) {
                throw new OsdkitException(WebErrors.CSRF_MISSING, "The sign-out form has no valid CSRF token.");
            }
            sessions.close(p.session().id);
            audit.record(new AuditEntry(clock.instant(), p.actor().toString(), "web.signout", "dashboard", null, null, "ok"));
        }
        ctx.cookie(cookie(ctx, Guard.SESSION_COOKIE, "", "/", 0));
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /api/v1/session}: who is signed in and the session's CSRF token for the page's scripts (same origin only: no CORS). */
    void session(Context ctx) {
        var p = Principal.of(ctx);
        Responses.json(ctx, Map.of(
                "signedIn", p.isPresent(),
                "actor", p.map(x -> x.actor().toString()).orElse(""),
                "csrfToken", p.map(Principal::session).map(s -> s.csrf).orElse(""),
                "readOnly", readOnly));
    }

    private String signInForm(Context ctx, String problem) {
        String csrf = Sessions.randomId();
        ctx.cookie(cookie(ctx, SIGNIN_COOKIE, csrf, "/signin", 600));
        return "<h1>Sign in to the osdkit dashboard</h1>\n"
                + (problem == null ? "" : "<p class=\"problem\" role=\"alert\">" + Html.escape(problem) + "</p>\n")
                + "<form method=\"post\" action=\"/signin\" id=\"signin-form\">\n"
                + "  <input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + Html.escape(csrf) + "\">\n"
                + "  <p><label for=\"token\">API token</label><br><input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required></p>\n"
                + "  <p><label for=\"name\">Your name, for the audit journal (optional)</label><br><input id=\"name\" name=\"name\" maxlength=\"64\"></p>\n"
                + "  <p><button type=\"submit\" id=\"signin\">Sign in</button></p>\n"
                + "</form>\n"
                + "<p>'osdkit web' printed the token when it made it; 'osdkit web token --rotate' makes a new one.</p>\n";
    }

    private static String signedIn(Principal p) {
        return "<h1>Signed in</h1>\n<p>As <strong id=\"actor\">" + Html.escape(p.actor().toString()) + "</strong>.</p>\n"
                + "<form method=\"post\" action=\"/signout\" id=\"signout-form\">\n"
                + "  <input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + Html.escape(p.session().csrf) + "\">\n"
                + "  <button type=\"submit\" id=\"signout\">Sign out</button>\n</form>\n<p><a href=\"/\">Dashboard</a></p>\n";
    }

    private static void page(Context ctx, HttpStatus status, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>osdkit dashboard - sign in</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"stylesheet\" href=\"/assets/dashboard.css\">\n</head>\n<body>\n" + body + "</body>\n</html>\n");
    }

    /** HttpOnly and SameSite=Strict always; Secure when the browser reached us over https (directly or through a proxy). */
    static Cookie cookie(Context ctx, String name, String value, String path, int maxAge) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return new Cookie(name, value, path, maxAge, https, true, null, SameSite.STRICT);
    }
}
