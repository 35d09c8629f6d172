package org.osdkit.statemigration.associations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Reads a JSON export onto {@link ExportedAssociation} objects: a top-level array, one object, or an
 * object whose {@code value} member is the array (the AdminService). The array is read one element at
 * a time, so an element that cannot be bound is reported at the line its object starts on and the
 * next one is read; broken JSON ends the file with a problem at its line.
 */
final class AssociationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(ExportValues.module())
            .build();

    private AssociationJson() {
    }

    static void read(Reader reader, ZoneId zone, ExportRecords out) throws IOException {
        ObjectReader records = MAPPER.readerFor(ExportedAssociation.class).withAttribute(ZoneId.class, zone);
        try (JsonParser p = MAPPER.createParser(reader)) {
            try {
                JsonToken first = p.nextToken();
                if (first == JsonToken.START_ARRAY) {
                    elements(p, records, out);
                } else if (first == JsonToken.START_OBJECT) {
                    topObject(p, records, out);
                } else if (first != null) {
                    out.skip(line(p), null, "expected a JSON array or object of associations");
                }
            } catch (JsonProcessingException e) {
                int at = e.getLocation() == null ? line(p) : e.getLocation().getLineNr();
                out.skip(at, null, "the JSON is broken here (" + e.getOriginalMessage() + "); the rest of the file is skipped");
            }
        }
    }

    /** One object: an association, or the AdminService's wrapper when its {@code value} is an array. */
    private static void topObject(JsonParser p, ObjectReader records, ExportRecords out) throws IOException {
        int start = line(p);
        // Buffered until the end shows whether it is the wrapper; a wrapper's elements are read straight from the file, with their lines.
        TokenBuffer single = new TokenBuffer(p);
        single.writeStartObject();
        boolean wrapper = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.START_ARRAY && name.equalsIgnoreCase("value")) {
                wrapper = true;
                elements(p, records, out);
            } else {
                single.writeFieldName(name);
                single.copyCurrentStructure(p);
            }
        }
        single.writeEndObject();
        if (!wrapper) {
            try (JsonParser buffered = single.asParser(p)) {
                out.add(start, records.readValue(buffered));
            } catch (DatabindException e) {
                out.skip(start, e);
            }
        }
    }

    /** The elements of the array {@code p} stands on, each bound on its own. */
    private static void elements(JsonParser p, ObjectReader records, ExportRecords out) throws IOException {
        // With the START_ARRAY consumed, the iterator's sequence is this array: it ends at its END_ARRAY and resyncs to its next element.
        p.clearCurrentToken();
        MappingIterator<ExportedAssociation> elements = records.readValues(p);
        while (elements.hasNextValue()) {
            JsonToken token = p.currentToken();
            int start = line(p);
            try {
                ExportedAssociation record = elements.nextValue();
                if (token == JsonToken.START_OBJECT) {
                    out.add(start, record);
                } else {
                    out.skip(start, null, "expected an object, found " + kind(token) + "; skipped");
                }
            } catch (DatabindException e) {
                if (token == JsonToken.START_OBJECT) {
                    out.skip(start, e);
                } else {
                    out.skip(start, null, "expected an object, found " + kind(token) + "; skipped");
                }
            }
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }
}
