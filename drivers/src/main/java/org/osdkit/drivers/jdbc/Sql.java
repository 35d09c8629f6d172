package org.osdkit.drivers.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseKind;
import org.osdkit.core.storage.ModuleSchema;

/** Small things every drivers JDBC adapter needs: the schema, unique-violation detection, upserts. */
final class Sql {

    /** Lists bound into IN (...) are cut into chunks of this size; both databases take far more, but plans stay small. */
    static final int CHUNK = 500;

    private Sql() {
    }

    /** The module's Flyway migrations, in {@code db/migration/drivers} of this module. */
    static void migrate(Database database) {
        database.migrate(ModuleSchema.of("drivers", Sql.class));
    }

    /** True when {@code e} (or a cause) is a unique or primary-key violation: SQLState 23505 on H2 and PostgreSQL. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An insert-or-update statement for {@code table} keyed by {@code key}: H2's MERGE ... KEY and
     * PostgreSQL's ON CONFLICT, the only part of the SQL that differs between them.
     */
    static String upsert(Database database, String table, String key, String... columns) {
        return upsertComposite(database, table, List.of(key), List.of(columns));
    }

    static String upsertComposite(Database database, String table, List<String> keys, List<String> columns) {
        String cols = String.join(", ", columns);
        String values = String.join(", ", columns.stream().map(c -> ":" + c).toList());
        String keyList = String.join(", ", keys);
        if (database.kind() == DatabaseKind.H2) {
            return "MERGE INTO " + table + " (" + cols + ") KEY (" + keyList + ") VALUES (" + values + ")";
        }
        List<String> sets = new ArrayList<>();
        for (String c : columns) {
            if (!keys.contains(c)) {
                sets.add(c + " = EXCLUDED." + c);
            }
        }
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + values + ") ON CONFLICT (" + keyList + ") DO UPDATE SET " + String.join(", ", sets);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            out.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return out;
    }
}
