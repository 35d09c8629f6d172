package org.osdkit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.osdkit.core.json.OsdkitJson;

/**
 * Writes every JSON response, through osdkit's one Jackson configuration (the shapes {@code --output json}
 * prints), with absolute paths hidden from a caller that is not signed in.
 */
final class Responses {

    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper MAPPER = OsdkitJson.mapper();

    private Responses() {
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    static void json(Context ctx, Object value) {
        write(ctx, value, JSON);
    }

    static void write(Context ctx, Object value, String contentType) {
        JsonNode tree = value instanceof JsonNode n ? n : tree(value);
        if (!Principal.signedIn(ctx)) {
            tree = PathRedaction.redact(tree.deepCopy());
        }
        try {
            ctx.contentType(contentType).result(MAPPER.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always prints", e);
        }
    }
}
