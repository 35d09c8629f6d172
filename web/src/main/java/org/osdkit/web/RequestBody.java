package org.osdkit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.json.OsdkitJson;

/**
 * The fields of a mutating request, from a JSON object or from an HTML form (so the pages can post
 * forms without script): text, yes/no and repeated fields.
 */
final class RequestBody {

    private final Context ctx;
    private final JsonNode json;

    private RequestBody(Context ctx, JsonNode json) {
        this.ctx = ctx;
        this.json = json;
    }

    static RequestBody of(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            return new RequestBody(ctx, null);
        }
        String body = ctx.body();
        if (body.isBlank()) {
            return new RequestBody(ctx, MissingNode.getInstance());
        }
        try {
            JsonNode node = OsdkitJson.mapper().readTree(body);
            if (!node.isObject()) {
                throw new OsdkitException(WebErrors.INVALID_INPUT, "The request body must be a JSON object.");
            }
            return new RequestBody(ctx, node);
        } catch (JsonProcessingException e) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "The request body is not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Runs {@code read} over a form body: Jetty's multipart parser refuses a part over the upload limit or a
     * malformed body by throwing, which becomes a problem with a stable code instead of a 500.
     */
    static <T> T form(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (Exception e) {
            // Kotlin code (Javalin) throws Jetty's checked ServletException without declaring it.
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = t.getMessage() == null ? "" : t.getMessage();
                if (m.contains("exceeded") || m.contains("too large") || m.contains("413")) {
                    throw new OsdkitException(WebErrors.UPLOAD_TOO_LARGE, "The upload is larger than this dashboard takes.",
                            "Diagnose it on the command line, or put it in a root and diagnose it there.");
                }
            }
            if (e instanceof OsdkitException oe) {
                throw oe;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getName().contains("BadMessage") || t.getClass().getName().contains("ServletException")) {
                    throw new OsdkitException(WebErrors.INVALID_INPUT, "The form could not be read: " + t.getMessage());
                }
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    String text(String name) {
        if (json == null) {
            String v = form(() -> ctx.formParam(name));
            return v == null || v.isBlank() ? null : v;
        }
        JsonNode v = json.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "\"" + name + "\" must be a text value.");
        }
        return v.asText();
    }

    String required(String name) {
        String v = text(name);
        if (v == null || v.isBlank()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "\"" + name + "\" is required.");
        }
        return v;
    }

    /** True for JSON {@code true} or a form's {@code true}/{@code on}/{@code yes}; absent is false. */
    boolean yes(String name) {
        if (json == null) {
            String v = form(() -> ctx.formParam(name));
            return v != null && List.of("true", "on", "yes", "1").contains(v.strip().toLowerCase(Locale.ROOT));
        }
        JsonNode v = json.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "\"" + name + "\" must be true or false.");
        }
        return v.booleanValue();
    }

    Integer number(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "\"" + name + "\" must be a whole number, was \"" + v + "\".");
        }
    }

    List<String> list(String name) {
        if (json == null) {
            return form(() -> ctx.formParams(name)).stream().filter(s -> !s.isBlank()).toList();
        }
        JsonNode v = json.path(name);
        List<String> out = new ArrayList<>();
        if (v.isMissingNode() || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "\"" + name + "\" must be a list of text values.");
        }
        v.forEach(e -> out.add(e.asText()));
        return out;
    }
}
