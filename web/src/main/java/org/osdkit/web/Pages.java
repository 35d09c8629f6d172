package org.osdkit.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small things every page shows the same way: times (UTC, escaped), server paths (hidden from a visitor who is not signed in), paging links. */
final class Pages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Pages() {
    }

    /** {@code 2026-12-01 10:15} (UTC), or empty. */
    static String time(Instant at) {
        return at == null ? "" : Html.escape(TIME.format(at));
    }

    /** {@code text} as a page shows it to this caller: absolute server paths shortened unless signed in, as the API does. Not escaped. */
    static String shown(Context ctx, String text) {
        if (text == null) {
            return "";
        }
        return Principal.signedIn(ctx) ? text : PathRedaction.text(text);
    }

    /**
     * The previous/next links of a paged list at {@code path} ({@code query} the other parameters, already
     * encoded, starting with {@code &} or empty).
     */
    static String pager(String path, String query, Paging page, boolean more) {
        if (page.offset() == 0 && !more) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p class=\"pager\">");
        if (page.offset() > 0) {
            b.append("<a id=\"prev-page\" href=\"").append(Html.escape(path + "?limit=" + page.limit() + "&offset=" + Math.max(0, page.offset() - page.limit())
                    + query)).append("\">\u2190 previous</a> ");
        }
        b.append("rows ").append(page.offset() + 1).append("\u2013").append(page.offset() + page.limit());
        if (more) {
            b.append(" <a id=\"next-page\" href=\"").append(Html.escape(path + "?limit=" + page.limit() + "&offset=" + (page.offset() + page.limit()) + query))
                    .append("\">next \u2192</a>");
        }
        return b.append("</p>\n").toString();
    }
}
