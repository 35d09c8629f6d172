package org.osdkit.sites.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.description.AttemptOwner;
import org.osdkit.sites.description.AttemptState;
import org.osdkit.sites.description.ChangeAttempt;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.SiteChange;
import org.osdkit.sites.service.ServiceState;

/**
 * Site description changes in the {@code sites_description_change} table and the attempts behind
 * them in {@code sites_change_attempt}. Each write is its own transaction (auto-commit, or one
 * explicit transaction where two rows change together), committed before the method returns.
 */
final class JdbcChangeHistory implements ChangeHistory {

    private static final String UNFINISHED = "state NOT IN ('" + AttemptState.APPLIED + "', '" + AttemptState.ROLLED_BACK + "')";

    private static final RowMapper<SiteChange> CHANGE = (rs, ctx) -> {
        Long revertOf = rs.getObject("revert_of", Long.class);
        return new SiteChange(rs.getLong("id"), instant(rs.getObject("changed_at", OffsetDateTime.class)), rs.getString("actor"),
                SiteCode.of(rs.getString("site_code")), rs.getString("control_file"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("backup_file"), rs.getString("old_sha256"), rs.getString("new_sha256"), revertOf);
    };

    private static final RowMapper<ChangeAttempt> ATTEMPT = (rs, ctx) -> new ChangeAttempt(rs.getLong("id"),
            instant(rs.getObject("started_at", OffsetDateTime.class)), instant(rs.getObject("updated_at", OffsetDateTime.class)), rs.getString("actor"),
            new AttemptOwner(rs.getString("owner_host"), rs.getLong("owner_pid"), instant(rs.getObject("owner_started_at", OffsetDateTime.class)),
                    rs.getString("owner_run")),
            SiteCode.of(rs.getString("site_code")), rs.getString("control_file"), rs.getString("old_value"), rs.getString("new_value"),
            rs.getString("original_sha256"), rs.getString("intended_sha256"), rs.getString("backup_file"), rs.getString("service"),
            ServiceState.valueOf(rs.getString("service_before")), rs.getObject("revert_of", Long.class), AttemptState.valueOf(rs.getString("state")),
            rs.getString("note"), rs.getObject("change_id", Long.class));

    private final Database database;

    JdbcChangeHistory(Database database) {
        this.database = database;
    }

    @Override
    public ChangeAttempt begin(ChangeAttempt a) {
        long id = database.jdbi().withHandle(h -> h.createUpdate(
                        "INSERT INTO sites_change_attempt (started_at, updated_at, actor, owner_host, owner_pid, owner_started_at, owner_run, site_code, control_file, "
                                + "old_value, new_value, original_sha256, intended_sha256, backup_file, service, service_before, revert_of, state, note) "
                                + "VALUES (:started, :started, :actor, :host, :pid, :processStarted, :run, :site, :file, :old, :new, :originalSha, :intendedSha, "
                                + ":backup, :service, :before, :revertOf, :state, :note)")
                .bind("started", utc(a.startedAt()))
                .bind("actor", a.actor())
                .bind("host", a.owner().host())
                .bind("pid", a.owner().pid())
                .bindByType("processStarted", utc(a.owner().processStarted()), OffsetDateTime.class)
                .bind("run", a.owner().run())
                .bind("site", a.site().value())
                .bind("file", a.controlFile())
                .bind("old", a.oldValue())
                .bind("new", a.newValue())
                .bind("originalSha", a.originalSha256())
                .bind("intendedSha", a.intendedSha256())
                .bind("backup", a.backupFile())
                .bind("service", a.service())
                .bind("before", a.serviceBefore().name())
                .bind("revertOf", a.revertOf())
                .bind("state", AttemptState.PENDING.name())
                .bind("note", a.note())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return attempt(id).orElseThrow();
    }

    @Override
    public ChangeAttempt advance(long attemptId, AttemptState state, String note, Instant at) {
        if (state == AttemptState.APPLIED) {
            throw new IllegalArgumentException("an attempt becomes APPLIED only through applied(), which records its change");
        }
        database.jdbi().useHandle(h -> requireOne(h.createUpdate("UPDATE sites_change_attempt SET state = :state, note = :note, updated_at = :at "
                        + "WHERE id = :id AND " + UNFINISHED)
                .bind("state", state.name()).bind("note", note).bind("at", utc(at)).bind("id", attemptId).execute(), attemptId));
        return attempt(attemptId).orElseThrow();
    }

    @Override
    public SiteChange applied(long attemptId, Instant changedAt, String note) {
        long changeId = database.jdbi().inTransaction(h -> {
            // The row lock makes a second process that recovers the same attempt wait here, then find it finished.
            ChangeAttempt a = h.createQuery("SELECT * FROM sites_change_attempt WHERE id = :id AND " + UNFINISHED + " FOR UPDATE")
                    .bind("id", attemptId).map(ATTEMPT).findOne()
                    .orElseThrow(() -> new IllegalStateException("change attempt " + attemptId + " is unknown or already finished"));
            long id = h.createUpdate("INSERT INTO sites_description_change (changed_at, actor, site_code, control_file, old_value, new_value, backup_file, "
                            + "old_sha256, new_sha256, revert_of) VALUES (:at, :actor, :site, :file, :old, :new, :backup, :oldSha, :newSha, :revertOf)")
                    .bind("at", utc(changedAt))
                    .bind("actor", a.actor())
                    .bind("site", a.site().value())
                    .bind("file", a.controlFile())
                    .bind("old", a.oldValue())
                    .bind("new", a.newValue())
                    .bind("backup", a.backupFile())
                    .bind("oldSha", a.originalSha256())
                    .bind("newSha", a.intendedSha256())
                    .bind("revertOf", a.revertOf())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            requireOne(h.createUpdate("UPDATE sites_change_attempt SET state = :state, note = :note, updated_at = :at, change_id = :change WHERE id = :id")
                    .bind("state", AttemptState.APPLIED.name()).bind("note", note).bind("at", utc(changedAt)).bind("change", id).bind("id", attemptId)
                    .execute(), attemptId);
            return id;
        });
        return find(changeId).orElseThrow();
    }

    @Override
    public Optional<ChangeAttempt> attempt(long attemptId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sites_change_attempt WHERE id = :id")
                .bind("id", attemptId).map(ATTEMPT).findOne());
    }

    @Override
    public List<ChangeAttempt> unfinished(SiteCode site) {
        return database.jdbi().withHandle(h -> {
            Query q = site == null
                    ? h.createQuery("SELECT * FROM sites_change_attempt WHERE " + UNFINISHED + " ORDER BY id")
                    : h.createQuery("SELECT * FROM sites_change_attempt WHERE " + UNFINISHED + " AND site_code = :site ORDER BY id").bind("site", site.value());
            return q.map(ATTEMPT).list();
        });
    }

    @Override
    public Optional<SiteChange> find(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sites_description_change WHERE id = :id")
                .bind("id", id).map(CHANGE).findOne());
    }

    @Override
    public List<SiteChange> list(SiteCode site, int limit) {
        return database.jdbi().withHandle(h -> {
            Query q = site == null
                    ? h.createQuery("SELECT * FROM sites_description_change ORDER BY id DESC")
                    : h.createQuery("SELECT * FROM sites_description_change WHERE site_code = :site ORDER BY id DESC").bind("site", site.value());
            return q.setMaxRows(limit).map(CHANGE).list();
        });
    }

    private static void requireOne(int updated, long attemptId) {
        if (updated != 1) {
            throw new IllegalStateException("change attempt " + attemptId + " is unknown or already finished");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
