package org.osdkit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.osdkit.core.OsdkitVersion;

/** The OpenAPI 3.0 description of every route, built from the route table that registers them. */
final class OpenApi {

    private OpenApi() {
    }

    static ObjectNode document(List<ApiRoute> routes) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "osdkit dashboard API").put("version", OsdkitVersion.current())
                .put("description", "JSON under /api/v1, the shapes 'osdkit --output json' prints. Lists are paged (limit 1-" + Paging.MAX
                        + ", default " + Paging.DEFAULT + "; offset; a Link rel=\"next\" header when there is more). Errors are"
                        + " application/problem+json with the stable osdkit code in 'code'. Mutating routes need the bearer token or a"
                        + " signed-in session plus its CSRF token (X-CSRF-Token), and are refused in read-only mode. Absolute server paths"
                        + " are shown only to signed-in callers.");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", Guard.SESSION_COOKIE);
        ObjectNode problem = components.putObject("schemas").putObject("Problem").put("type", "object");
        ObjectNode props = problem.putObject("properties");
        for (String p : List.of("type", "title", "detail", "instance", "code")) {
            props.putObject(p).put("type", "string");
        }
        props.putObject("status").put("type", "integer");
        ObjectNode paths = doc.putObject("paths");
        for (ApiRoute r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            path.set(r.method().name().toLowerCase(Locale.ROOT), operation(f, r));
        }
        return doc;
    }

    private static ObjectNode operation(JsonNodeFactory f, ApiRoute r) {
        ObjectNode op = f.objectNode();
        op.put("summary", r.summary());
        op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
        ArrayNode params = f.arrayNode();
        r.pathParameters().forEach(n -> params.addObject().put("name", n).put("in", "path").put("required", true)
                .putObject("schema").put("type", "string"));
        r.query().forEach(n -> params.addObject().put("name", n).put("in", "query").putObject("schema").put("type", "string"));
        if (r.kind() == ApiRoute.Kind.PAGED_JSON) {
            params.addObject().put("name", "limit").put("in", "query").putObject("schema").put("type", "integer").put("minimum", 1)
                    .put("maximum", Paging.MAX).put("default", Paging.DEFAULT);
            params.addObject().put("name", "offset").put("in", "query").putObject("schema").put("type", "integer").put("minimum", 0)
                    .put("maximum", Paging.MAX_OFFSET).put("default", 0);
        }
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        if (!r.body().isEmpty()) {
            ObjectNode content = op.putObject("requestBody").put("required", true).putObject("content");
            ObjectNode schema = f.objectNode().put("type", "object");
            ObjectNode fields = schema.putObject("properties");
            r.body().forEach(n -> fields.putObject(n).put("description", n));
            String type = r.kind() == ApiRoute.Kind.REDIRECT || r.kind() == ApiRoute.Kind.HTML ? "application/x-www-form-urlencoded"
                    : r.path().endsWith("/upload") ? "multipart/form-data" : "application/json";
            content.putObject(type).set("schema", schema);
            if (r.access() == Access.MUTATING && type.equals("application/json")) {
                content.putObject("application/x-www-form-urlencoded").set("schema", schema.deepCopy());
            }
        }
        if (r.access() == Access.MUTATING) {
            ArrayNode security = op.putArray("security");
            security.addObject().putArray("bearer");
            security.addObject().putArray("session");
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(r.kind() == ApiRoute.Kind.REDIRECT ? "303" : "200").put("description", switch (r.kind()) {
            case JSON, PAGED_JSON -> "JSON";
            case HTML -> "An HTML page";
            case ASSET -> "A bundled asset";
            case REDIRECT -> "Redirects to the next page";
        });
        if (r.kind() == ApiRoute.Kind.JSON || r.kind() == ApiRoute.Kind.PAGED_JSON) {
            ok.putObject("content").putObject("application/json").putObject("schema");
        }
        responses.putObject("default").put("description", "A problem").putObject("content").putObject("application/problem+json")
                .putObject("schema").put("$ref", "#/components/schemas/Problem");
        return op;
    }
}
