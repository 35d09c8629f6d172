package org.osdkit.web;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import org.osdkit.core.json.OsdkitJson;

/** The dashboard's own bindings: the JSON mapper (Javalin brings none) and the routes. */
final class WebModule extends AbstractModule {

    /** osdkit's one Jackson configuration, so the API prints the shapes {@code osdkit --output json} prints. */
    @Provides
    @Singleton
    JsonMapper jsonMapper() {
        return new JavalinJackson(OsdkitJson.mapper(), false);
    }
}
