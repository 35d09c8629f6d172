package org.osdkit.statemigration.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.osdkit.statemigration.ImportProblem;

/**
 * Streams the objects of a JSON export: a top-level array, a single object, or an object whose
 * {@code value} member is the array (AdminService). Each object is read on its own, so one odd
 * element is reported and skipped; broken JSON ends the file with a problem at its line.
 */
public final class JsonRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    public static void read(Path file, Reader reader, List<ImportProblem> problems, Consumer<RawRecord> sink) throws IOException {
        try (JsonParser p = MAPPER.createParser(reader)) {
            try {
                JsonToken first = p.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    elements(file, p, problems, sink);
                } else if (first == JsonToken.START_OBJECT) {
                    topObject(file, p, problems, sink);
                } else if (first != null) {
                    problems.add(new ImportProblem(file, line(p), null, "expected a JSON array or object of associations"));
                }
            } catch (JsonProcessingException e) {
                int at = e.getLocation() == null ? line(p) : e.getLocation().getLineNr();
                problems.add(new ImportProblem(file, at, null, "the JSON is broken here (" + e.getOriginalMessage() + "); the rest of the file is skipped"));
            }
        }
    }

    private static void topObject(Path file, JsonParser p, List<ImportProblem> problems, Consumer<RawRecord> sink) throws IOException {
        int start = line(p);
        Map<String, String> single = new HashMap<>();
        boolean wrapper = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equalsIgnoreCase("value") && value == JsonToken.START_ARRAY) {
                wrapper = true;
                elements(file, p, problems, sink);
            } else {
                single.put(name.toLowerCase(Locale.ROOT), text(MAPPER.readTree(p)));
            }
        }
        if (!wrapper) {
            sink.accept(new RawRecord(start, single));
        }
    }

    private static void elements(Path file, JsonParser p, List<ImportProblem> problems, Consumer<RawRecord> sink) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            int start = line(p);
            JsonNode node = MAPPER.readTree(p);
            if (!node.isObject()) {
                problems.add(new ImportProblem(file, start, null, "expected an object, found " + node.getNodeType().toString().toLowerCase(Locale.ROOT) + "; skipped"));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                values.put(field.getKey().toLowerCase(Locale.ROOT), text(field.getValue()));
            }
            sink.accept(new RawRecord(start, values));
        }
    }

    /** Scalars as text; arrays joined with ';' (user names as strings or {UserName: ...} objects). */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner(";");
            for (JsonNode element : node) {
                String value = element.isObject() ? text(element.get("UserName")) : text(element);
                if (value != null) {
                    joined.add(value);
                }
            }
            return joined.toString();
        }
        // Windows PowerShell wraps some values as {"value": ..., "DisplayHint": ...}.
        JsonNode inner = node.get("value");
        return inner == null ? null : text(inner);
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }
}
