package org.osdkit.web;

import com.google.inject.Provider;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.osdkit.core.OsdkitVersion;
import org.osdkit.core.storage.Database;

/** {@code GET /api/v1/health}: is the dashboard up, which version, which database, does it answer. */
final class HealthResource {

    private final Provider<Database> database;

    @Inject
    HealthResource(Provider<Database> database) {
        this.database = database;
    }

    void get(Context ctx) {
        Database db = database.get();
        boolean up = answers(db);
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        Responses.json(ctx, new Health(up ? "UP" : "DOWN", OsdkitVersion.current(), new DatabaseHealth(db.kind().name(), db.settings().maskedUrl(), up)));
    }

    private static boolean answers(Database db) {
        try (Connection c = db.dataSource().getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    record Health(String status, String version, DatabaseHealth database) {
    }

    record DatabaseHealth(String kind, String url, boolean reachable) {
    }
}
