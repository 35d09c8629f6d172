package org.osdkit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;

/** The dashboard's own bindings: the JSON mapper (Javalin brings none) and the routes. */
final class WebModule extends AbstractModule {

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Provides
    @Singleton
    JsonMapper jsonMapper(ObjectMapper mapper) {
        return new JavalinJackson(mapper, false);
    }
}
