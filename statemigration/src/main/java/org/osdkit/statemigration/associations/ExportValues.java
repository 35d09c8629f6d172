package org.osdkit.statemigration.associations;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.osdkit.core.OsdkitException;

/**
 * Reads the values of an association export the way PowerShell writes them: a plain scalar, Windows
 * PowerShell's {@code {"value": x, "DisplayHint": n}} wrapper, or (UserNames) an array of names or of
 * {@code {"UserName": ...}} objects; CSV gives the same as text. Each value becomes the record's type
 * with osdkit's own message when it cannot: a wrong date could make a store look deletable, so
 * nothing is guessed.
 */
final class ExportValues {

    private ExportValues() {
    }

    /** The deserializers for the types of {@link ExportedAssociation}; dates take the {@link ZoneId} attribute of the reader. */
    static Module module() {
        SimpleModule module = new SimpleModule("osdkit-association-export");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(Long.class, new ResourceId());
        module.addDeserializer(Instant.class, new WmiDate());
        module.addDeserializer(MigrationBehavior.class, new Code<>(MigrationBehavior.class, MigrationBehavior::parse));
        module.addDeserializer(MigrationStatus.class, new Code<>(MigrationStatus.class, MigrationStatus::parse));
        module.addDeserializer(MigrationType.class, new Code<>(MigrationType.class, MigrationType::parse));
        return module;
    }

    /** The current value as stripped text, {@code null} when blank: scalars as written, a wrapper's "value", arrays joined with ';'. */
    static String text(JsonParser p) throws IOException {
        String raw = switch (p.currentToken()) {
            case START_OBJECT -> wrapped(p);
            case START_ARRAY -> joined(p);
            case VALUE_NULL -> null;
            default -> p.getText();
        };
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static String wrapped(JsonParser p) throws IOException {
        return member(p, "value");
    }

    /** The text of member {@code name} of the object at {@code p}, the rest of it skipped. */
    private static String member(JsonParser p, String name) throws IOException {
        String value = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            boolean wanted = value == null && p.currentName().equalsIgnoreCase(name);
            p.nextToken();
            if (wanted) {
                value = text(p);
            } else {
                p.skipChildren();
            }
        }
        return value;
    }

    private static String joined(JsonParser p) throws IOException {
        StringJoiner names = new StringJoiner(";");
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            String value = t == JsonToken.START_OBJECT ? member(p, "UserName") : text(p);
            if (value != null) {
                names.add(value);
            }
        }
        return names.toString();
    }

    /** Fails the record with {@code message}; Jackson adds the property, which becomes the problem's field. */
    private static <T> T bad(DeserializationContext ctxt, JsonDeserializer<?> deserializer, String message) throws IOException {
        return ctxt.reportInputMismatch(deserializer, "%s", message);
    }

    static final class Text extends StdDeserializer<String> {
        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return text(p);
        }
    }

    /** A resource ID, part of the association's key. */
    static final class ResourceId extends StdDeserializer<Long> {
        private static final long serialVersionUID = 1L;

        ResourceId() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String v = text(p);
            if (v == null) {
                return null;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                return bad(ctxt, this, "\"" + v + "\" is not a resource ID");
            }
        }
    }

    /** Any date form of {@link WmiDateTime}; values without an offset are taken in the reader's zone. */
    static final class WmiDate extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        WmiDate() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return WmiDateTime.parse(text(p), (ZoneId) ctxt.getAttribute(ZoneId.class)).orElse(null);
            } catch (DateTimeException e) {
                return bad(ctxt, this, e.getMessage());
            }
        }
    }

    /** A WMI enumeration, by its integer or its constant's name in any case. */
    static final class Code<E extends Enum<E>> extends StdDeserializer<E> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, E> parse;

        Code(Class<E> type, Function<String, E> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String v = text(p);
            if (v == null) {
                return null;
            }
            try {
                return parse.apply(v);
            } catch (OsdkitException e) {
                return bad(ctxt, this, e.getMessage());
            }
        }
    }

    /** The migrated user names; Export-Csv writes an array as its type name ({@code System.String[]}), which carries none. */
    static final class UserNames extends StdDeserializer<List<String>> {
        private static final long serialVersionUID = 1L;

        UserNames() {
            super(List.class);
        }

        @Override
        public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String v = text(p);
            List<String> names = new ArrayList<>();
            if (v != null && !v.startsWith("System.")) {
                for (String name : v.split("[;\\r\\n]")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
            return names;
        }
    }
}
