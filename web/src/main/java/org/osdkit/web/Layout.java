package org.osdkit.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The frame of every server-rendered page: the navigation, who is signed in (with sign-out), read-only
 * mode, the style sheet and the one bundled script. Pages hand it escaped HTML (built with {@link Html});
 * the content security policy allows no inline script or style, so a page is markup and classes only.
 * Every POST form goes through {@link #form} so it carries the session's CSRF token.
 */
final class Layout {

    /** The navigation, in order; {@code path} is the page the link opens. */
    enum Nav {
        OVERVIEW("/", "Overview"),
        DRIVERS("/drivers", "Drivers"),
        SITES("/sites", "Sites"),
        SMP("/smp", "State migration"),
        LOGS("/logs", "Logs");

        final String path;
        final String label;

        Nav(String path, String label) {
            this.path = path;
            this.label = label;
        }
    }

    private final boolean readOnly;

    Layout(boolean readOnly) {
        this.readOnly = readOnly;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** Answers {@code 200} with {@code body} inside the frame, {@code active} marked in the navigation. */
    void page(Context ctx, Nav active, String title, String body) {
        page(ctx, HttpStatus.OK, active, title, body);
    }

    void page(Context ctx, HttpStatus status, Nav active, String title, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(ctx, active, title, body));
    }

    String render(Context ctx, Nav active, String title, String body) {
        StringBuilder b = new StringBuilder(4096 + body.length());
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(title))
                .append(" - osdkit dashboard</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/dashboard.css\">\n<script src=\"/assets/pages.js\" defer></script>\n")
                .append("</head>\n<body>\n<header class=\"top\">\n<a class=\"brand\" href=\"/\">osdkit</a>\n<nav aria-label=\"Pages\" id=\"nav\">\n");
        for (Nav n : Nav.values()) {
            b.append("<a href=\"").append(n.path).append('"').append(n == active ? " class=\"active\" aria-current=\"page\"" : "")
                    .append(" id=\"nav-").append(n.name().toLowerCase(java.util.Locale.ROOT)).append("\">").append(Html.escape(n.label)).append("</a>\n");
        }
        b.append("</nav>\n<div class=\"who\" id=\"who\">").append(who(ctx)).append("</div>\n</header>\n");
        if (readOnly) {
            b.append("<p class=\"banner warning\" id=\"read-only\">Read-only dashboard (started with --read-only): every action is disabled.</p>\n");
        }
        b.append("<main id=\"main\">\n<h1>").append(Html.escape(title)).append("</h1>\n").append(body).append("</main>\n")
                .append("<footer><a href=\"/api/v1/openapi.json\">API description</a> <a href=\"/api/v1/health\">Health</a></footer>\n")
                .append("</body>\n</html>\n");
        return b.toString();
    }

    private static String who(Context ctx) {
        Principal p = Principal.of(ctx).orElse(null);
        if (p == null || p.session() == null) {
            return p == null ? "<a href=\"/signin\" id=\"signin-link\">Sign in</a>" : "Signed in as " + Html.escape(p.actor().toString());
        }
        return "<span id=\"actor\">" + Html.escape(p.actor().toString()) + "</span> "
                + "<form method=\"post\" action=\"/signout\" class=\"inline\">" + csrfField(ctx)
                + "<button type=\"submit\" id=\"signout\" class=\"link\">Sign out</button></form>";
    }

    /** The hidden CSRF field of the caller's session; empty when it has none (such a form is then refused, as it should be). */
    static String csrfField(Context ctx) {
        return Principal.of(ctx).map(Principal::session)
                .map(s -> "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + Html.escape(s.csrf) + "\">")
                .orElse("");
    }

    /** A POST form to {@code action} with the CSRF field; {@code inner} is its escaped content. */
    static String form(Context ctx, String action, String id, String inner) {
        return "<form method=\"post\" action=\"" + Html.escape(action) + "\" id=\"" + Html.escape(id) + "\">\n" + csrfField(ctx) + "\n" + inner
                + "</form>\n";
    }

    /** What a signed-out visitor sees where an action's form would be. */
    String actionOrSignIn(Context ctx, String form) {
        if (readOnly) {
            return "<p class=\"refused\">Actions are disabled: this dashboard is read-only.</p>\n";
        }
        return Principal.of(ctx).isPresent() ? form : "<p class=\"note\"><a href=\"/signin\">Sign in</a> to act here.</p>\n";
    }

    /** An empty list, saying which command fills it (e.g. {@code osdkit drivers import <folder>}). */
    static String empty(String what, String command) {
        return "<p class=\"empty\">" + Html.escape(what) + " <code class=\"command\">" + Html.escape(command) + "</code> fills it.</p>\n";
    }

    /**
     * A part of a page its script fetches after the page loaded ({@code url} answers an HTML fragment): shows
     * a loading state until then, and says so when the fetch fails.
     */
    static String loading(String id, String url) {
        return "<div id=\"" + Html.escape(id) + "\" class=\"loading\" aria-busy=\"true\" data-fetch=\"" + Html.escape(url) + "\">Loading\u2026</div>\n";
    }

    /** A refusal or problem, highlighted. */
    static String problem(String text) {
        return "<p class=\"problem\" role=\"alert\">" + Html.escape(text) + "</p>\n";
    }

    static String warning(String text) {
        return "<p class=\"banner warning\" role=\"note\">" + Html.escape(text) + "</p>\n";
    }

    /** A tile of the overview: a heading linking to its page and its content. */
    static String tile(String id, String title, String href, String content) {
        return "<section class=\"tile\" id=\"" + Html.escape(id) + "\">\n<h2><a href=\"" + Html.escape(href) + "\">" + Html.escape(title)
                + "</a></h2>\n" + content + "</section>\n";
    }

    /** A path segment or query value for a link. */
    static String url(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
