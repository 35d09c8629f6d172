package org.osdkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;

/**
 * Writes core's single-value records as the text an admin knows them by ({@code PS1}, {@code PS100012},
 * {@code \\server\share}) rather than Jackson's default {@code {"value":"PS1"}}, and reads that text back
 * through the records' own validation. {@link Path} is written as the path, not Jackson's default
 * {@code file://} URI.
 */
final class CoreValuesModule extends SimpleModule {

    CoreValuesModule() {
        super("osdkit-core-values");
        plain(SiteCode.class, SiteCode::value, SiteCode::of);
        plain(PackageId.class, PackageId::value, PackageId::of);
        plain(UncPath.class, UncPath::value, UncPath::of);
        plain(Path.class, Path::toString, Path::of);
    }

    private <T> void plain(Class<T> type, Function<T, String> text, Function<String, T> parse) {
        addSerializer(type, new TextSerializer<>(type, text));
        addKeySerializer(type, new TextKeySerializer<>(type, text));
        addDeserializer(type, new TextDeserializer<>(type, parse));
        addKeyDeserializer(type, new TextKeyDeserializer<>(type, parse));
    }

    private static final class TextSerializer<T> extends StdSerializer<T> {
        private final Function<T, String> text;

        TextSerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text.apply(value));
        }
    }

    private static final class TextKeySerializer<T> extends StdSerializer<T> {
        private final Function<T, String> text;

        TextKeySerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(text.apply(value));
        }
    }

    private static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private final Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return parse.apply(p.getText());
            } catch (RuntimeException e) {
                // Keeps the cause: OsdkitException.in(...) finds the value's own error code and message.
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    private static final class TextKeyDeserializer<T> extends KeyDeserializer {

        private final Class<T> type;
        private final Function<String, T> parse;

        TextKeyDeserializer(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            try {
                return parse.apply(key);
            } catch (RuntimeException e) {
                throw JsonMappingException.from(ctxt, "\"" + key + "\" is not a " + type.getSimpleName() + " key: " + e.getMessage(), e);
            }
        }
    }
}
