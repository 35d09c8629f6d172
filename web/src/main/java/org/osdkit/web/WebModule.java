package org.osdkit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;

/** The dashboard's own bindings: the JSON mapper (Javalin brings none) and the routes. */
final class WebModule extends AbstractModule {

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        // Core's value types are single strings to an admin (PS1, PS100012, \\server\share): say so in JSON.
        SimpleModule values = new SimpleModule("osdkit-values")
                .addSerializer(SiteCode.class, ToStringSerializer.instance)
                .addSerializer(PackageId.class, ToStringSerializer.instance)
                .addSerializer(UncPath.class, ToStringSerializer.instance);
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(values)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Enums that carry ConfigMgr's words (DistributionPending ...) print them, as tables do.
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
    }

    @Provides
    @Singleton
    JsonMapper jsonMapper(ObjectMapper mapper) {
        return new JavalinJackson(mapper, false);
    }
}
