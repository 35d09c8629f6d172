package org.osdkit.statemigration.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.MigrationBehavior;
import org.osdkit.statemigration.associations.MigrationStatus;
import org.osdkit.statemigration.associations.MigrationType;

/** {@link AssociationRepository} in the {@code smp_associations} table. */
final class JdbcAssociations implements AssociationRepository {

    private static final String COLUMNS = "source_name, restore_name, source_mac_addresses, restore_mac_addresses, source_last_logon_user, "
            + "restore_last_logon_user, migration_id, migration_behavior, migration_status, migration_type, site_code, store_creation_date, "
            + "store_release_date, store_deletion_date, store_path, user_names, imported_at";
    private static final String VALUES = ":sourceName, :restoreName, :sourceMac, :restoreMac, :sourceUser, :restoreUser, :migrationId, "
            + ":behavior, :status, :type, :siteCode, :created, :released, :deleted, :storePath, :userNames, :importedAt";

    private static final int BATCH = 1000;
    private static final String ASSIGNMENTS = assignments();

    private static final RowMapper<ComputerAssociation> ROW = (rs, ctx) -> {
        Integer behavior = Sql.integer(rs, "migration_behavior");
        Integer status = Sql.integer(rs, "migration_status");
        Integer type = Sql.integer(rs, "migration_type");
        String users = rs.getString("user_names");
        return new ComputerAssociation(rs.getLong("source_resource_id"), rs.getLong("restore_resource_id"), rs.getString("source_name"),
                rs.getString("restore_name"), rs.getString("source_mac_addresses"), rs.getString("restore_mac_addresses"),
                rs.getString("source_last_logon_user"), rs.getString("restore_last_logon_user"), rs.getString("migration_id"),
                behavior == null ? null : MigrationBehavior.ofCode(behavior),
                status == null ? null : MigrationStatus.ofCode(status),
                type == null ? null : MigrationType.ofCode(type), rs.getString("site_code"),
                Sql.instant(rs, "store_creation_date"), Sql.instant(rs, "store_release_date"), Sql.instant(rs, "store_deletion_date"),
                rs.getString("store_path"), users == null || users.isEmpty() ? List.of() : List.of(users.split(";")));
    };

    private final Database database;

    private static String assignments() {
        String[] columns = COLUMNS.split(", ");
        String[] values = VALUES.split(", ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            b.append(i == 0 ? "" : ", ").append(columns[i]).append(" = ").append(values[i]);
        }
        return b.toString();
    }

    JdbcAssociations(Database database) {
        this.database = database;
    }

    @Override
    public int save(List<ComputerAssociation> associations) {
        return database.jdbi().inTransaction(h -> {
            Map<String, Instant> known = new HashMap<>();
            h.createQuery("SELECT source_resource_id, restore_resource_id, store_deletion_date FROM smp_associations")
                    .map((rs, ctx) -> {
                        known.put(rs.getLong(1) + "/" + rs.getLong(2), Sql.instant(rs, "store_deletion_date"));
                        return 0;
                    }).forEach(x -> { });
            Instant now = Instant.now();
            PreparedBatch insert = h.prepareBatch("INSERT INTO smp_associations (source_resource_id, restore_resource_id, " + COLUMNS
                    + ") VALUES (:sourceId, :restoreId, " + VALUES + ")");
            PreparedBatch update = h.prepareBatch("UPDATE smp_associations SET " + ASSIGNMENTS
                    + " WHERE source_resource_id = :sourceId AND restore_resource_id = :restoreId");
            int added = 0;
            Map<String, Boolean> seen = new HashMap<>();
            for (ComputerAssociation a : associations) {
                boolean exists = known.containsKey(a.key()) || seen.containsKey(a.key());
                Instant deleted = a.storeDeletionDate() != null ? a.storeDeletionDate() : known.get(a.key());
                bind(exists ? update : insert, a, deleted, now);
                if (!exists) {
                    added++;
                    seen.put(a.key(), Boolean.TRUE);
                }
                // Bounded batches keep memory flat for 100,000 records; inserts always go first, so a key twice
                // in one export is inserted once and then updated by its later record.
                if (insert.size() + update.size() >= BATCH) {
                    flush(insert);
                    flush(update);
                }
            }
            flush(insert);
            flush(update);
            return added;
        });
    }

    private static void flush(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void bind(PreparedBatch b, ComputerAssociation a, Instant deleted, Instant now) {
        b.bind("sourceId", a.sourceClientResourceId()).bind("restoreId", a.restoreClientResourceId())
                .bind("sourceName", a.sourceName()).bind("restoreName", a.restoreName())
                .bind("sourceMac", a.sourceMacAddresses()).bind("restoreMac", a.restoreMacAddresses())
                .bind("sourceUser", a.sourceLastLogonUser()).bind("restoreUser", a.restoreLastLogonUser())
                .bind("migrationId", a.migrationId())
                .bind("behavior", a.migrationBehavior() == null ? null : a.migrationBehavior().code())
                .bind("status", a.migrationStatus() == null ? null : a.migrationStatus().code())
                .bind("type", a.migrationType() == null ? null : a.migrationType().code())
                .bind("siteCode", a.siteCode())
                .bindByType("created", Sql.utc(a.storeCreationDate()), OffsetDateTime.class)
                .bindByType("released", Sql.utc(a.storeReleaseDate()), OffsetDateTime.class)
                .bindByType("deleted", Sql.utc(deleted), OffsetDateTime.class).bind("storePath", a.storePath())
                .bind("userNames", String.join(";", a.userNames())).bindByType("importedAt", Sql.utc(now), OffsetDateTime.class)
                .add();
    }

    @Override
    public List<ComputerAssociation> all() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM smp_associations ORDER BY source_resource_id, restore_resource_id")
                .setFetchSize(1000).map(ROW).list());
    }

    @Override
    public void markDeleted(String key, Instant deletedAt) {
        String[] ids = key.split("/");
        database.jdbi().useHandle((Handle h) -> h.createUpdate(
                        "UPDATE smp_associations SET store_deletion_date = :at WHERE source_resource_id = :s AND restore_resource_id = :r")
                .bindByType("at", Sql.utc(deletedAt), OffsetDateTime.class).bind("s", Long.parseLong(ids[0])).bind("r", Long.parseLong(ids[1])).execute());
    }
}
