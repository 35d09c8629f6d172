package org.osdkit.statemigration.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.cleanup.CleanupLock;
import org.osdkit.statemigration.cleanup.CleanupLocks;
import org.osdkit.statemigration.cleanup.LockAttempt;
import org.osdkit.statemigration.cleanup.LockOwner;

/**
 * {@link CleanupLocks} in {@code smp_cleanup_locks}, one row per locked SMP. Taking a free lock is an
 * insert the primary key lets only one process win; taking over a stale one is an update conditional
 * on the holder and its beat count as read, so two resumes cannot both win, and a holder that beats in
 * between keeps its lock. Every time is the database's {@code CURRENT_TIMESTAMP}.
 */
final class JdbcCleanupLocks implements CleanupLocks {

    /** SQLSTATE of a unique or primary-key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ATTEMPTS = 5;

    private final Database database;

    JdbcCleanupLocks(Database database) {
        this.database = database;
    }

    /** The lock as read, with the beat count the conditional takeover compares. */
    private record Row(CleanupLock lock, long beats) {
    }

    @Override
    public LockAttempt acquire(String server, LockOwner owner, boolean takeOverStale, Duration staleAfter) {
        Row last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (insert(server, owner)) {
                return new LockAttempt(true, null);
            }
            Optional<Row> row = read(server);
            if (row.isEmpty()) {
                // Released between our insert and our read: try the insert again.
                continue;
            }
            last = row.get();
            if (!takeOverStale || !last.lock().stale(staleAfter)) {
                return new LockAttempt(false, last.lock());
            }
            if (takeOver(server, owner, last)) {
                return new LockAttempt(true, last.lock());
            }
            // Someone else beat, released or took it over in between: look again.
        }
        Row now = read(server).orElse(last);
        return new LockAttempt(false, now.lock());
    }

    private boolean insert(String server, LockOwner owner) {
        try {
            database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO smp_cleanup_locks (server, owner_id, run_id, host, pid, started_at, "
                            + "heartbeat_at, beats) VALUES (:server, :owner, NULL, :host, :pid, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                    .bind("server", server).bind("owner", owner.ownerId()).bind("host", owner.host()).bind("pid", owner.pid()).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private boolean takeOver(String server, LockOwner owner, Row stale) {
        return database.jdbi().withHandle(h -> h.createUpdate("UPDATE smp_cleanup_locks SET owner_id = :owner, host = :host, pid = :pid, "
                        + "started_at = CURRENT_TIMESTAMP, heartbeat_at = CURRENT_TIMESTAMP, beats = 0 "
                        + "WHERE server = :server AND owner_id = :oldOwner AND beats = :oldBeats")
                .bind("owner", owner.ownerId()).bind("host", owner.host()).bind("pid", owner.pid()).bind("server", server)
                .bind("oldOwner", stale.lock().ownerId()).bind("oldBeats", stale.beats()).execute()) == 1;
    }

    @Override
    public boolean assignRun(String server, String ownerId, String runId) {
        return database.jdbi().withHandle(h -> h.createUpdate("UPDATE smp_cleanup_locks SET run_id = :run WHERE server = :server AND owner_id = :owner")
                .bind("run", runId).bind("server", server).bind("owner", ownerId).execute()) == 1;
    }

    @Override
    public boolean heartbeat(String server, String ownerId) {
        return database.jdbi().withHandle(h -> h.createUpdate("UPDATE smp_cleanup_locks SET heartbeat_at = CURRENT_TIMESTAMP, beats = beats + 1 "
                        + "WHERE server = :server AND owner_id = :owner")
                .bind("server", server).bind("owner", ownerId).execute()) == 1;
    }

    @Override
    public void release(String server, String ownerId) {
        database.jdbi().useHandle(h -> h.createUpdate("DELETE FROM smp_cleanup_locks WHERE server = :server AND owner_id = :owner")
                .bind("server", server).bind("owner", ownerId).execute());
    }

    @Override
    public Optional<CleanupLock> find(String server) {
        return read(server).map(Row::lock);
    }

    private Optional<Row> read(String server) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT l.*, CURRENT_TIMESTAMP AS db_now FROM smp_cleanup_locks l WHERE l.server = :server")
                .bind("server", server)
                .map((rs, ctx) -> {
                    Instant beat = Sql.instant(rs, "heartbeat_at");
                    Instant now = Sql.instant(rs, "db_now");
                    CleanupLock lock = new CleanupLock(rs.getString("server"), rs.getString("owner_id"), rs.getString("run_id"),
                            rs.getString("host"), rs.getLong("pid"), Sql.instant(rs, "started_at"), beat, Duration.between(beat, now));
                    return new Row(lock, rs.getLong("beats"));
                }).findFirst());
    }
}
