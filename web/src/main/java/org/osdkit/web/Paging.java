package org.osdkit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.IntFunction;
import org.osdkit.core.OsdkitException;

/**
 * One page of a list: {@code limit} (1 to {@value #MAX}, {@value #DEFAULT} by default) and {@code offset}
 * (up to {@value #MAX_OFFSET}). The body keeps the CLI's shape (the list itself); a {@code Link: <...>; rel="next"}
 * header says there is more, and {@code X-Page-Limit} / {@code X-Page-Offset} echo the page.
 */
record Paging(int limit, int offset) {

    static final int DEFAULT = 50;
    static final int MAX = 1000;
    static final int MAX_OFFSET = 100_000;

    static Paging of(Context ctx) {
        return new Paging(number(ctx, "limit", DEFAULT, 1, MAX), number(ctx, "offset", 0, 0, MAX_OFFSET));
    }

    /** How many rows to ask a newest-first port for: this page and the rows before it, plus one to tell whether there is more. */
    int fetch() {
        return offset + limit + 1;
    }

    /** Serves the page of {@code all} (every row up to {@link #fetch()} or more). */
    <T> void serve(Context ctx, List<T> all) {
        List<T> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        headers(ctx, all.size() > offset + limit);
        Responses.json(ctx, page);
    }

    /** Serves the rows a port read from {@link #offset()} on, at most {@code limit + 1} of them (the one more tells there is a next page). */
    <T> void serveFromOffset(Context ctx, List<T> fromOffset) {
        headers(ctx, fromOffset.size() > limit);
        Responses.json(ctx, fromOffset.subList(0, Math.min(limit, fromOffset.size())));
    }

    /** Serves a newest-first list read through a port that takes only a limit. */
    <T> void serve(Context ctx, IntFunction<List<T>> newestFirst) {
        serve(ctx, newestFirst.apply(fetch()));
    }

    /** Serves {@code document} with only this page of its list field {@code field}. */
    void serveField(Context ctx, Object document, String field) {
        JsonNode tree = Responses.tree(document);
        if (tree instanceof ObjectNode object && object.get(field) instanceof ArrayNode list) {
            ArrayNode page = object.putArray(field);
            for (int i = offset; i < Math.min(offset + limit, list.size()); i++) {
                page.add(list.get(i));
            }
            headers(ctx, list.size() > offset + limit);
        }
        Responses.json(ctx, tree);
    }

    private void headers(Context ctx, boolean more) {
        ctx.header("X-Page-Limit", Integer.toString(limit));
        ctx.header("X-Page-Offset", Integer.toString(offset));
        if (more) {
            ctx.header("Link", "<" + ctx.path() + "?limit=" + limit + "&offset=" + (offset + limit) + extra(ctx) + ">; rel=\"next\"");
        }
    }

    /** The request's other query parameters, kept in the next page's link. */
    private static String extra(Context ctx) {
        StringBuilder b = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("limit") && !name.equals("offset")) {
                values.forEach(v -> b.append('&').append(encode(name)).append('=').append(encode(v)));
            }
        });
        return b.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        throw new OsdkitException(WebErrors.INVALID_LIMIT, name + " must be a whole number from " + min + " to " + max + ", was \"" + text + "\".");
    }
}
