package org.osdkit.statemigration.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditTable;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.FinishedStep;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.StepState;

/**
 * {@link CleanupJournal} in {@code smp_cleanup_runs} and {@code smp_cleanup_steps}; every call commits before it returns. A
 * finished step's association update ({@code smp_associations}) and audit entry (core's {@code core_audit}, same database) are
 * written in the step's own transaction.
 */
final class JdbcCleanupJournal implements CleanupJournal {

    private static final RowMapper<JournalRun> RUN = (rs, ctx) -> new JournalRun(rs.getString("run_id"), rs.getString("server"),
            rs.getString("actor"), Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"), rs.getInt("planned"),
            rs.getLong("deletion_delay_minutes"));
    private static final RowMapper<JournalStep> STEP = (rs, ctx) -> new JournalStep(rs.getString("run_id"), rs.getInt("seq"),
            rs.getString("store_path"), rs.getString("association_key"), rs.getString("computers"), rs.getLong("planned_bytes"),
            StepState.valueOf(rs.getString("state")), Sql.number(rs, "bytes_deleted"), rs.getString("reason"),
            Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at"));

    private final Database database;

    JdbcCleanupJournal(Database database) {
        this.database = database;
    }

    @Override
    public void begin(JournalRun run, List<JournalStep> steps) {
        database.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO smp_cleanup_runs (run_id, server, actor, started_at, planned, deletion_delay_minutes) "
                            + "VALUES (:id, :server, :actor, :at, :planned, :delay)")
                    .bind("id", run.runId()).bind("server", run.server()).bind("actor", run.actor())
                    .bindByType("at", Sql.utc(run.startedAt()), OffsetDateTime.class).bind("planned", run.planned())
                    .bind("delay", run.deletionDelayMinutes()).execute();
            PreparedBatch batch = h.prepareBatch("INSERT INTO smp_cleanup_steps (run_id, seq, store_path, association_key, computers, "
                    + "planned_bytes, state) VALUES (:id, :seq, :path, :key, :computers, :bytes, :state)");
            for (JournalStep s : steps) {
                batch.bind("id", run.runId()).bind("seq", s.seq()).bind("path", s.storePath()).bind("key", s.associationKey())
                        .bind("computers", s.computers()).bind("bytes", s.plannedBytes()).bind("state", StepState.PLANNED.name()).add();
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public void started(String runId, int seq, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE smp_cleanup_steps SET state = :state, started_at = :at WHERE run_id = :id AND seq = :seq")
                .bind("state", StepState.STARTED.name()).bindByType("at", Sql.utc(at), OffsetDateTime.class)
                .bind("id", runId).bind("seq", seq).execute());
    }

    @Override
    public void finished(FinishedStep f) {
        database.jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE smp_cleanup_steps SET state = :state, bytes_deleted = :bytes, reason = :reason, "
                            + "finished_at = :at WHERE run_id = :id AND seq = :seq")
                    .bind("state", f.state().name()).bind("bytes", f.bytesDeleted()).bind("reason", f.reason())
                    .bindByType("at", Sql.utc(f.at()), OffsetDateTime.class).bind("id", f.runId()).bind("seq", f.seq()).execute();
            if (f.deletedAssociation() != null) {
                markDeleted(h, f.deletedAssociation(), f.at());
            }
            if (f.audit() != null) {
                AuditTable.insert(h, f.audit());
            }
        });
    }

    /** Sets the association's StoreDeletionDate unless it has one: repeating it changes nothing. */
    private static int markDeleted(Handle h, String associationKey, Instant at) {
        String[] ids = associationKey.split("/");
        return h.createUpdate("UPDATE smp_associations SET store_deletion_date = :at "
                        + "WHERE source_resource_id = :s AND restore_resource_id = :r AND store_deletion_date IS NULL")
                .bindByType("at", Sql.utc(at), OffsetDateTime.class).bind("s", Long.parseLong(ids[0])).bind("r", Long.parseLong(ids[1]))
                .execute();
    }

    @Override
    public int repairAssociations(String server, String actor, Instant at) {
        return database.jdbi().inTransaction(h -> {
            List<JournalStep> deleted = h.createQuery("SELECT s.* FROM smp_cleanup_steps s JOIN smp_cleanup_runs r ON r.run_id = s.run_id "
                            + "WHERE r.server = :server AND s.state = :state ORDER BY s.finished_at, s.run_id, s.seq")
                    .bind("server", server).bind("state", StepState.DELETED.name()).map(STEP).list();
            int repaired = 0;
            for (JournalStep s : deleted) {
                Instant when = s.finishedAt() != null ? s.finishedAt() : at;
                if (markDeleted(h, s.associationKey(), when) == 1) {
                    repaired++;
                    AuditTable.insert(h, new AuditEntry(at, actor, "smp.association.repair", s.storePath(),
                            "association=" + s.associationKey() + " (" + s.computers() + ") StoreDeletionDate=null",
                            "StoreDeletionDate=" + when + " (deleted by run " + s.runId() + ", step " + s.seq() + ")", "ok"));
                }
            }
            return repaired;
        });
    }

    @Override
    public void end(String runId, Instant at) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE smp_cleanup_runs SET finished_at = :at WHERE run_id = :id")
                .bindByType("at", Sql.utc(at), OffsetDateTime.class).bind("id", runId).execute());
    }

    @Override
    public Optional<JournalRun> unfinished(String server) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM smp_cleanup_runs WHERE server = :server AND finished_at IS NULL "
                + "ORDER BY started_at DESC, run_id").bind("server", server).map(RUN).findFirst());
    }

    @Override
    public Optional<JournalRun> run(String runId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM smp_cleanup_runs WHERE run_id = :id").bind("id", runId)
                .map(RUN).findFirst());
    }

    @Override
    public List<JournalStep> steps(String runId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM smp_cleanup_steps WHERE run_id = :id ORDER BY seq")
                .bind("id", runId).map(STEP).list());
    }

    @Override
    public List<JournalRun> runs(String server, int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM smp_cleanup_runs WHERE server = :server ORDER BY started_at DESC, run_id")
                .bind("server", server).setMaxRows(limit).map(RUN).list());
    }
}
