package org.osdkit.sites.jdbc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.SiteChange;

/** Site description changes in the {@code sites_description_change} table. */
final class JdbcChangeHistory implements ChangeHistory {

    private static final RowMapper<SiteChange> ROW = (rs, ctx) -> {
        Long revertOf = rs.getObject("revert_of", Long.class);
        return new SiteChange(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                SiteCode.of(rs.getString("site_code")), rs.getString("control_file"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("backup_file"), rs.getString("old_sha256"), rs.getString("new_sha256"), revertOf);
    };

    private final Database database;

    JdbcChangeHistory(Database database) {
        this.database = database;
    }

    @Override
    public SiteChange add(SiteChange c) {
        long id = database.jdbi().withHandle(h -> h.createUpdate(
                        "INSERT INTO sites_description_change (changed_at, actor, site_code, control_file, old_value, new_value, backup_file, "
                                + "old_sha256, new_sha256, revert_of) VALUES (:at, :actor, :site, :file, :old, :new, :backup, :oldSha, :newSha, :revertOf)")
                .bind("at", c.changedAt().atOffset(ZoneOffset.UTC))
                .bind("actor", c.actor())
                .bind("site", c.site().value())
                .bind("file", c.controlFile())
                .bind("old", c.oldValue())
                .bind("new", c.newValue())
                .bind("backup", c.backupFile())
                .bind("oldSha", c.oldSha256())
                .bind("newSha", c.newSha256())
                .bind("revertOf", c.revertOf())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return find(id).orElseThrow();
    }

    @Override
    public Optional<SiteChange> find(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sites_description_change WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public List<SiteChange> list(SiteCode site, int limit) {
        return database.jdbi().withHandle(h -> {
            Query q = site == null
                    ? h.createQuery("SELECT * FROM sites_description_change ORDER BY id DESC")
                    : h.createQuery("SELECT * FROM sites_description_change WHERE site_code = :site ORDER BY id DESC").bind("site", site.value());
            return q.setMaxRows(limit).map(ROW).list();
        });
    }
}
