package org.osdkit.statemigration.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.json.OsdkitJson;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.capacity.CapacityStatus;
import org.osdkit.statemigration.capacity.FolderCapacity;
import org.osdkit.statemigration.health.CapacitySample;
import org.osdkit.statemigration.health.FolderHealth;
import org.osdkit.statemigration.health.HealthRecords;
import org.osdkit.statemigration.health.ShowCapacityHistory;
import org.osdkit.statemigration.health.SmpHealth;

/**
 * {@link HealthRecords} in {@code smp_health_checks}: one row per SMP holding the check as the JSON
 * document {@code osdkit smp health --output json} prints, so the dashboard serves exactly what was checked;
 * and in {@code smp_capacity_history} one row per storage folder per check, in columns, so the series is read
 * with an index and a row limit instead of parsing every kept document. The series is bounded: each save keeps
 * the newest {@link ShowCapacityHistory#MAX_CHECKS} checks of its SMP, all that the chart (and
 * {@code /api/v1/smp/{server}/capacity?checks=N}) can ever read, and deletes the older ones in the same transaction.
 */
final class JdbcHealthRecords implements HealthRecords {

    // A document kept by an older osdkit may lack or carry fields this one does not: it is still read.
    private static final ObjectMapper JSON = OsdkitJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database database;
    private final int keptChecks;

    JdbcHealthRecords(Database database) {
        this(database, ShowCapacityHistory.MAX_CHECKS);
    }

    /** With {@code keptChecks} checks kept per SMP instead of the reader's maximum: for the storage tests. */
    JdbcHealthRecords(Database database, int keptChecks) {
        if (keptChecks < 1) {
            throw new IllegalArgumentException("keptChecks must be at least 1: " + keptChecks);
        }
        this.database = database;
        this.keptChecks = keptChecks;
    }

    @Override
    public void save(SmpHealth health) {
        String document;
        try {
            document = JSON.writeValueAsString(health);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an SmpHealth always serialises", e);
        }
        database.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM smp_health_checks WHERE server = :server").bind("server", health.server()).execute();
            h.createUpdate("INSERT INTO smp_health_checks (server, checked_at, status, document) VALUES (:server, :at, :status, :doc)")
                    .bind("server", health.server()).bindByType("at", Sql.utc(health.checkedAt()), OffsetDateTime.class)
                    .bind("status", health.status().name()).bind("doc", document).execute();
            if (health.checkedAt() == null) {
                return; // a never-checked placeholder has no capacity to chart
            }
            for (FolderHealth f : health.folders()) {
                FolderCapacity c = f.capacity();
                h.createUpdate("INSERT INTO smp_capacity_history (server, checked_at, directory, status, clients, max_clients, store_bytes, "
                                + "total_bytes, free_bytes, min_free_bytes) VALUES (:server, :at, :dir, :status, :clients, :max, :store, :total, :free, :min)")
                        .bind("server", health.server()).bindByType("at", Sql.utc(health.checkedAt()), OffsetDateTime.class)
                        .bind("dir", c.directory() == null ? f.directory() : c.directory()).bind("status", c.status().name())
                        .bind("clients", c.clients()).bind("max", c.maxClients()).bind("store", c.storeBytes()).bind("total", c.totalBytes())
                        .bind("free", c.freeBytes()).bind("min", c.minFreeBytes()).execute();
            }
            prune(h, health.server());
        });
    }

    /**
     * Deletes {@code server}'s samples older than its newest {@link #keptChecks} checks. The newest check that goes is
     * found by the (server, checked_at) index; on a series already bounded this is one short index read and no delete.
     */
    private void prune(Handle h, String server) {
        Optional<OffsetDateTime> newestDropped = h.createQuery("SELECT DISTINCT checked_at FROM smp_capacity_history WHERE server = :server "
                        + "ORDER BY checked_at DESC OFFSET " + keptChecks + " ROWS FETCH NEXT 1 ROWS ONLY")
                .bind("server", server).mapTo(OffsetDateTime.class).findFirst();
        newestDropped.ifPresent(at -> h.createUpdate("DELETE FROM smp_capacity_history WHERE server = :server AND checked_at <= :at")
                .bind("server", server).bindByType("at", at, OffsetDateTime.class).execute());
    }

    @Override
    public Optional<SmpHealth> last(String server) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT document FROM smp_health_checks WHERE server = :server")
                .bind("server", server).mapTo(String.class).findFirst()).map(JdbcHealthRecords::read);
    }

    @Override
    public List<CapacitySample> capacityHistory(String server, int checks) {
        return database.jdbi().withHandle(h -> {
            // The checked_at of the newest N checks bounds the rows read: the index on (server, checked_at) serves both queries.
            List<OffsetDateTime> times = h.createQuery("SELECT DISTINCT checked_at FROM smp_capacity_history WHERE server = :server "
                            + "ORDER BY checked_at DESC").bind("server", server).setMaxRows(checks).mapTo(OffsetDateTime.class).list();
            if (times.isEmpty()) {
                return List.of();
            }
            return h.createQuery("SELECT * FROM smp_capacity_history WHERE server = :server AND checked_at >= :oldest ORDER BY checked_at, id")
                    .bind("server", server).bindByType("oldest", times.get(times.size() - 1), OffsetDateTime.class)
                    .map((rs, ctx) -> new CapacitySample(rs.getString("server"), Sql.instant(rs, "checked_at"), rs.getString("directory"),
                            CapacityStatus.valueOf(rs.getString("status")), rs.getInt("clients"), rs.getInt("max_clients"), rs.getLong("store_bytes"),
                            rs.getLong("total_bytes"), rs.getLong("free_bytes"), rs.getLong("min_free_bytes"))).list();
        });
    }

    private static SmpHealth read(String document) {
        try {
            return JSON.readValue(document, SmpHealth.class);
        } catch (JsonProcessingException e) {
            throw new OsdkitException(SmpErrors.HEALTH_UNREADABLE, "The last health check kept in the database cannot be read: " + e.getOriginalMessage(),
                    "Run 'osdkit smp health' again to replace it.");
        }
    }
}
