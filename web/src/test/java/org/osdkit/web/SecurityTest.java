package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osdkit.core.CoreSettings;
import org.osdkit.web.WebClient.Reply;

/**
 * The dashboard's security, route by route over real HTTP: headers on every response (errors too), the
 * Host allowlist, sign-in and its cookie, the bearer token, CSRF on session requests, read-only mode,
 * paths hidden from anonymous callers, and GETs that change nothing.
 */
class SecurityTest extends EmptyDashboard {

    /** Every registered route as method and a concrete path. */
    private List<String[]> routes() {
        List<String[]> all = new ArrayList<>();
        for (String r : dashboard.registeredRoutes()) {
            String[] parts = r.split(" ", 2);
            String code = r.contains("/sites/") ? "SE1" : "0x80004005";
            all.add(new String[] {parts[0], parts[1].replace("{id}", "PS100001").replace("{server}", "SMP01").replace("{code}", code)
                    .replace("{runId}", "run-1")});
        }
        assertTrue(all.size() > 20, all.toString());
        return all;
    }

    private List<String> mutating() {
        List<String> paths = dashboard.mutatingRoutes().stream().map(p -> p.replace("{id}", "PS100001").replace("{server}", "SMP01")
                .replace("{code}", "SE1")).toList();
        assertEquals(19, paths.size(), "distribute, redistribute, description change and revert, hold place and remove, cleanup, diagnose upload"
                + " and file, and the four page forms (distribute, redistribute, description, revert); cleanup start; the State migration"
                + " page's cleanup, hold and remove forms; the Logs page's upload and root forms: " + paths);
        return paths;
    }

    private Reply call(String method, String path, String... headers) {
        return method.equals("GET") ? client.get(path, headers) : client.send(method, path, "application/json", "{}".getBytes(), headers);
    }

    private static void assertSecurityHeaders(Reply r, String what) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, what + ": " + r);
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), what + ": " + csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersErrorsIncluded() {
        for (String[] r : routes()) {
            assertSecurityHeaders(call(r[0], r[1]), r[0] + " " + r[1]);
        }
        assertSecurityHeaders(client.get("/api/v1/no-such-route"), "404");
        assertSecurityHeaders(client.get("/no-such-page"), "404 page");
        assertSecurityHeaders(client.get("/api/v1/health", "Host", "evil.example"), "foreign host");
        assertSecurityHeaders(client.get("/api/v1/audit?limit=0"), "bad input");
        assertSecurityHeaders(client.get("/api/v1/health", "Authorization", "Bearer wrong"), "bad token");
    }

    @Test
    void aForeignHostIsRefusedOnEveryRouteSoDnsRebindingGetsNothing() {
        for (String[] r : routes()) {
            Reply reply = call(r[0], r[1], "Host", "attacker.example:" + dashboard.port(), "Authorization", "Bearer " + token);
            assertEquals(403, reply.status(), r[0] + " " + r[1] + ": " + reply);
            assertEquals("WEB-HOST-NOT-ALLOWED", reply.code(), r[1]);
            assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
        }
        assertEquals(200, client.get("/api/v1/health", "Host", "localhost:" + dashboard.port()).status());
        assertEquals(200, client.get("/api/v1/health", "Host", "[::1]:" + dashboard.port()).status());
        assertEquals(403, client.get("/api/v1/health", "Host", "127.0.0.1.attacker.example").status());
    }

    @Test
    void anAllowedHostNameIsAnswered() {
        try (Dashboard shared = Dashboard.start(CoreSettings.of(workspace, null),
                DashboardOptions.defaults().withPort(0).withAllowedHost("osdkit.corp.example"))) {
            WebClient c = new WebClient(shared);
            assertEquals(200, c.get("/api/v1/health", "Host", "OSDKIT.corp.example:" + shared.port()).status());
            assertEquals(403, c.get("/api/v1/health", "Host", "other.corp.example").status());
        }
    }

    @Test
    void everyMutatingRouteRefusesAnAnonymousCallerAndRecordsNothing() {
        int audited = auditSize();
        for (String path : mutating()) {
            Reply r = client.postJson(path, "{\"confirm\": true}");
            assertEquals(401, r.status(), path + ": " + r);
            assertEquals("WEB-SIGN-IN-REQUIRED", r.code(), path);
            assertTrue(r.header("WWW-Authenticate").startsWith("Bearer"), path);
        }
        assertEquals(audited, auditSize());
    }

    @Test
    void aWrongBearerTokenIsRefusedEvenForReading() {
        Reply r = client.get("/api/v1/health", "Authorization", "Bearer osdk_wrong");
        assertEquals(401, r.status(), r.toString());
        assertEquals("WEB-BAD-TOKEN", r.code());
        assertEquals(401, client.postJson("/api/v1/smp/holds", "{\"target\":\"PC7\"}", "Authorization", "Basic " + token).status());
    }

    @Test
    void aSessionNeedsTheCsrfTokenOnEveryMutatingRoute() {
        WebClient.Session s = client.signIn(token, "alice");
        for (String path : mutating()) {
            Reply none = client.postJson(path, "{\"confirm\": true}", "Cookie", s.cookie());
            assertEquals(403, none.status(), path + ": " + none);
            assertEquals("WEB-CSRF-MISSING", none.code(), path);
            Reply wrong = client.postJson(path, "{\"confirm\": true}", "Cookie", s.cookie(), "X-CSRF-Token", "not-" + s.csrf());
            assertEquals("WEB-CSRF-MISSING", wrong.code(), path);
        }
        // With the token the request reaches the route: here a hold that matches nothing, refused by the domain, not by the guard.
        Reply reached = client.postJson("/api/v1/smp/holds", "{\"target\":\"PC7\"}", "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertFalse(reached.code().startsWith("WEB-"), reached.toString());
    }

    @Test
    void readOnlyRefusesEveryMutatingRouteEvenWithTheToken() {
        try (Dashboard readOnly = Dashboard.start(CoreSettings.of(workspace, null), DashboardOptions.defaults().withPort(0).withReadOnly(true))) {
            WebClient c = new WebClient(readOnly);
            for (String path : readOnly.mutatingRoutes()) {
                Reply r = c.postJson(path.replace("{id}", "PS100001").replace("{server}", "SMP01").replace("{code}", "SE1"), "{\"confirm\": true}",
                        "Authorization", "Bearer " + token);
                assertEquals(403, r.status(), path + ": " + r);
                assertEquals("WEB-READ-ONLY", r.code(), path);
            }
            assertTrue(c.get("/api/v1/session").json().get("readOnly").asBoolean());
            assertEquals(200, c.get("/api/v1/health").status());
        }
    }

    @Test
    void signInSetsAStrictHttpOnlySessionCookieAndSignOutEndsIt() {
        WebClient.Session s = client.signIn(token, "alice");
        String cookie = WebClient.setCookie(s.signInReply(), Guard.SESSION_COOKIE);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), "plain http: no Secure flag, or the browser would never send it back: " + cookie);
        assertEquals("/", s.signInReply().header("Location"));
        var session = client.get("/api/v1/session", "Cookie", s.cookie()).json();
        assertTrue(session.get("signedIn").asBoolean());
        assertEquals("web:alice@127.0.0.1", session.get("actor").asText());
        assertTrue(client.get("/api/v1/audit", "Cookie", s.cookie()).body().contains("web:alice@127.0.0.1"), "the sign-in is audited");

        Reply out = client.postForm("/signout", Map.of("csrf", s.csrf()), "Cookie", s.cookie());
        assertEquals(303, out.status(), out.toString());
        assertFalse(client.get("/api/v1/session", "Cookie", s.cookie()).json().get("signedIn").asBoolean());
    }

    @Test
    void behindHttpsTheSessionCookieIsSecure() {
        Reply form = client.get("/signin", "X-Forwarded-Proto", "https");
        assertTrue(WebClient.setCookie(form, SignInPage.SIGNIN_COOKIE).contains("Secure"));
        String csrf = WebClient.between(form.body(), "name=\"csrf\" value=\"", "\"");
        Reply in = client.postForm("/signin", Map.of("csrf", csrf, "token", token), "Cookie",
                SignInPage.SIGNIN_COOKIE + "=" + WebClient.cookie(form, SignInPage.SIGNIN_COOKIE), "X-Forwarded-Proto", "https");
        assertEquals(303, in.status(), in.toString());
        assertTrue(WebClient.setCookie(in, Guard.SESSION_COOKIE).contains("Secure"));
    }

    @Test
    void theSignInFormRefusesAMissingCsrfTokenAndAWrongApiToken() {
        Reply form = client.get("/signin");
        assertEquals(200, form.status());
        assertTrue(form.header("Content-Type").startsWith("text/html"));
        assertFalse(form.body().contains("<script"), "no inline script");
        assertFalse(form.body().contains("style="), "no inline style");
        assertTrue(form.body().contains("type=\"hidden\" name=\"csrf\""), form.body());
        String csrf = WebClient.between(form.body(), "name=\"csrf\" value=\"", "\"");
        String cookie = SignInPage.SIGNIN_COOKIE + "=" + WebClient.cookie(form, SignInPage.SIGNIN_COOKIE);

        Reply noCsrf = client.postForm("/signin", Map.of("token", token), "Cookie", cookie);
        assertEquals(403, noCsrf.status());
        assertTrue(noCsrf.all("Set-Cookie").stream().noneMatch(c -> c.startsWith(Guard.SESSION_COOKIE + "=") && c.length() > 20));
        Reply otherSite = client.postForm("/signin", Map.of("csrf", csrf, "token", token));
        assertEquals(403, otherSite.status(), "a form posted from another site has no sign-in cookie");
        Reply wrongToken = client.postForm("/signin", Map.of("csrf", csrf, "token", "osdk_guess"), "Cookie", cookie);
        assertEquals(401, wrongToken.status());
        Reply badName = client.postForm("/signin", Map.of("csrf", csrf, "token", token, "name", "<script>"), "Cookie", cookie);
        assertEquals(400, badName.status());
        assertFalse(badName.body().contains("<script>"));
    }

    @Test
    void absolutePathsAreShownOnlyToTheSignedIn() {
        String anonymous = client.get("/api/v1/health").body();
        assertFalse(anonymous.contains(workspace.toString()), anonymous);
        assertTrue(anonymous.contains("\u2026/osdkit"), anonymous);
        String signedIn = client.get("/api/v1/health", "Authorization", "Bearer " + token).body();
        assertTrue(signedIn.contains(workspace.toString()), signedIn);
    }

    @Test
    void noGetChangesAnything() throws IOException {
        WebClient.Session s = client.signIn(token, "bob");
        int audited = auditSize();
        Map<String, Long> files = files();
        for (String[] r : routes()) {
            if (r[0].equals("GET")) {
                client.get(r[1]);
                client.get(r[1], "Cookie", s.cookie());
                client.get(r[1], "Authorization", "Bearer " + token);
            }
        }
        assertEquals(audited, auditSize(), "no GET wrote an audit entry");
        assertEquals(files, files(), "no GET wrote a file in the workspace (the database aside)");
    }

    private int auditSize() {
        return client.get("/api/v1/audit?limit=1000", "Authorization", "Bearer " + token).json().size();
    }

    private Map<String, Long> files() throws IOException {
        Map<String, Long> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(workspace)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = workspace.relativize(p).toString();
                if (!name.startsWith("db") && !name.startsWith("logs") && !name.endsWith(".log") && !name.endsWith(".lo_")) {
                    all.put(name, Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return all;
    }
}
