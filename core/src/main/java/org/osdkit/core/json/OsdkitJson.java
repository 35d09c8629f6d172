package org.osdkit.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration every front-end uses, so a value prints the same on the command line and
 * over HTTP: core's single-value records ({@code SiteCode}, {@code PackageId}, {@code UncPath}) and
 * {@link java.nio.file.Path} as their plain text ({@code "site":"SE1"}), java.time values as ISO-8601
 * text, {@link java.util.Optional} as its value or {@code null}, enums by their {@code toString()} (the
 * ConfigMgr words some of them carry, as tables show them). Properties keep their declaration order:
 * record components in order, maps in their own iteration order.
 */
public final class OsdkitJson {

    private OsdkitJson() {
    }

    /** A new mapper with osdkit's configuration (a new one each call: an ObjectMapper can be reconfigured). */
    public static ObjectMapper mapper() {
        return configure(new ObjectMapper());
    }

    /**
     * Gives {@code mapper} osdkit's configuration and returns it; for mappers of other formats (the
     * CLI's {@code CsvMapper}) that must write values exactly as JSON does.
     */
    public static <M extends ObjectMapper> M configure(M mapper) {
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(new Jdk8Module());
        mapper.registerModule(module());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // Enums are written by toString() (DistributionPending, x64); reading takes the same words back.
        mapper.enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
        mapper.enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING);
        return mapper;
    }

    /** Only the core-values part ({@code SiteCode}, {@code PackageId}, {@code UncPath}, {@code Path} as text), for a mapper set up otherwise. */
    public static Module module() {
        return new CoreValuesModule();
    }
}
