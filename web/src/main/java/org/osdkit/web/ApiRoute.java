package org.osdkit.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route with what the OpenAPI description says of it: registered from the same record, so the
 * description cannot miss a route.
 *
 * @param method  HTTP method
 * @param path    Javalin path ({@code {id}} parameters, the same syntax as OpenAPI's)
 * @param access  read, or mutating (signed in, CSRF for a session, refused in read-only mode)
 * @param kind    what the route answers
 * @param summary one line for the description
 * @param query   query parameters it reads, besides paging
 * @param body    request body fields of a mutating route
 * @param handler the handler
 */
record ApiRoute(HandlerType method, String path, Access access, Kind kind, String summary, List<String> query, List<String> body,
                Handler handler) {

    /** What a route answers, for the description's content types and parameters. */
    enum Kind {
        JSON,
        PAGED_JSON,
        HTML,
        ASSET,
        REDIRECT
    }

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    static ApiRoute get(String path, Kind kind, String summary, Handler handler, String... query) {
        return new ApiRoute(HandlerType.GET, path, Access.READ, kind, summary, List.of(query), List.of(), handler);
    }

    static ApiRoute mutating(String path, String summary, Handler handler, String... body) {
        return new ApiRoute(HandlerType.POST, path, Access.MUTATING, Kind.JSON, summary, List.of(), List.of(body), handler);
    }

    /** A mutating form of a page: answers the next HTML page (a what-if to confirm, or what was done). */
    static ApiRoute page(String path, String summary, Handler handler, String... body) {
        return new ApiRoute(HandlerType.POST, path, Access.MUTATING, Kind.HTML, summary, List.of(), List.of(body), handler);
    }

    static ApiRoute form(String path, String summary, Handler handler, String... body) {
        return new ApiRoute(HandlerType.POST, path, Access.READ, Kind.REDIRECT, summary, List.of(), List.of(body), handler);
    }

    List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
