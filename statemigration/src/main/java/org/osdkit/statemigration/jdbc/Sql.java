package org.osdkit.statemigration.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ModuleSchema;
import org.osdkit.statemigration.SmpErrors;

/** Shared bits of the JDBC adapters: the module's schema and UTC time conversion. */
final class Sql {

    private Sql() {
    }

    /** Creates or updates the module's tables; Flyway runs the scripts in {@code db/migration/smp} (history {@code smp_schema_history}). */
    static void migrate(Database database) {
        database.migrate(ModuleSchema.of("smp", SmpErrors.class));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long number(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
