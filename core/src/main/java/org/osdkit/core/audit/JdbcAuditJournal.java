package org.osdkit.core.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ModuleSchema;

/** The audit journal in the {@code core_audit} table of H2 or PostgreSQL. */
final class JdbcAuditJournal implements AuditJournal {

    private static final RowMapper<AuditEntry> ROW = (rs, ctx) -> new AuditEntry(
            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
            rs.getString("before_value"), rs.getString("after_value"), rs.getString("outcome"));

    private final Database database;

    JdbcAuditJournal(Database database) {
        this.database = database;
        database.migrate(ModuleSchema.of("core", AuditJournal.class));
    }

    @Override
    public void record(AuditEntry e) {
        database.jdbi().useHandle(h -> AuditTable.insert(h, e));
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM core_audit ORDER BY id DESC")
                .setMaxRows(limit).map(ROW).list());
    }

    @Override
    public List<AuditEntry> forTarget(String target, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM core_audit WHERE target = :target ORDER BY id DESC")
                .bind("target", target).setMaxRows(limit).map(ROW).list());
    }
}
