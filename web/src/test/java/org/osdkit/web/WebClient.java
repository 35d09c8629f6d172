package org.osdkit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A real HTTP client (java.net.http) for one dashboard; no redirects followed, so a 303 is seen as such. */
final class WebClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    WebClient(Dashboard dashboard) {
        this.base = URI.create(dashboard.url());
    }

    /** A response with its status, headers and body. */
    record Reply(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> String.join(", ", e.getValue())).orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst().map(Map.Entry::getValue).orElse(List.of());
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    /** One request; {@code headers} are name, value pairs. */
    Reply send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Reply postJson(String path, String json, String... headers) {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    Reply postForm(String path, Map<String, String> fields, String... headers) {
        String form = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A multipart form with one file field. */
    Reply postFile(String path, String field, String filename, byte[] content, String... headers) {
        String boundary = "osdkit-test-boundary-7d1f";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return send("POST", path, "multipart/form-data; boundary=" + boundary, all, headers);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Signs in through the form as a browser does; returns the session cookie and its CSRF token. */
    Session signIn(String token, String name) {
        Reply form = get("/signin");
        String signinCookie = cookie(form, SignInPage.SIGNIN_COOKIE);
        String csrf = between(form.body(), "name=\"csrf\" value=\"", "\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        fields.put("token", token);
        fields.put("name", name);
        Reply signedIn = postForm("/signin", fields, "Cookie", SignInPage.SIGNIN_COOKIE + "=" + signinCookie);
        if (signedIn.status() != 303) {
            throw new AssertionError("sign-in failed: " + signedIn);
        }
        String session = cookie(signedIn, Guard.SESSION_COOKIE);
        String sessionCsrf = get("/api/v1/session", "Cookie", Guard.SESSION_COOKIE + "=" + session).json().get("csrfToken").asText();
        return new Session(Guard.SESSION_COOKIE + "=" + session, sessionCsrf, signedIn);
    }

    /** A signed-in browser: its Cookie header value and CSRF token. */
    record Session(String cookie, String csrf, Reply signInReply) {
    }

    static String cookie(Reply r, String name) {
        for (String c : r.all("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        throw new AssertionError("no cookie " + name + " in " + r);
    }

    static String setCookie(Reply r, String name) {
        return r.all("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    static String between(String text, String start, String end) {
        int a = text.indexOf(start);
        if (a < 0) {
            throw new AssertionError("no " + start + " in " + text);
        }
        a += start.length();
        return text.substring(a, text.indexOf(end, a));
    }
}
