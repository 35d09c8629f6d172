package org.osdkit.statemigration.jdbc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.osdkit.core.Actor;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.cleanup.CoveredStore;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;

/** {@link HoldRepository} in {@code smp_holds} and {@code smp_hold_coverage}. */
final class JdbcHolds implements HoldRepository {

    private final Database database;

    JdbcHolds(Database database) {
        this.database = database;
    }

    @Override
    public void add(Hold hold) {
        database.jdbi().useTransaction(h -> {
            // The same store under another spelling is the same hold: the new one replaces it.
            h.createUpdate("DELETE FROM smp_holds WHERE target_key = :key OR (server = :server AND store_key = :store)")
                    .bind("key", key(hold.target())).bind("server", hold.server()).bind("store", hold.storeKey()).execute();
            long id = h.createUpdate("INSERT INTO smp_holds (target, target_key, reason, actor, placed_at, server, store_key) "
                            + "VALUES (:target, :key, :reason, :actor, :at, :server, :store)")
                    .bind("target", hold.target()).bind("key", key(hold.target())).bind("reason", hold.reason())
                    .bind("actor", hold.actor().toString()).bindByType("at", Sql.utc(hold.placed()), OffsetDateTime.class)
                    .bind("server", hold.server()).bind("store", hold.storeKey())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch batch = h.prepareBatch("INSERT INTO smp_hold_coverage (hold_id, seq, association_key, computers, store_path) "
                    + "VALUES (:id, :seq, :association, :computers, :path)");
            int seq = 0;
            for (CoveredStore c : hold.covered()) {
                batch.bind("id", id).bind("seq", seq++).bind("association", c.associationKey()).bind("computers", c.computers())
                        .bind("path", c.storePath()).add();
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public boolean remove(String target) {
        return database.jdbi().withHandle(h -> h.createUpdate("DELETE FROM smp_holds WHERE target_key = :key")
                .bind("key", key(target)).execute()) > 0;
    }

    @Override
    public List<Hold> all() {
        return database.jdbi().withHandle(h -> {
            Map<Long, List<CoveredStore>> coverage = new HashMap<>();
            h.createQuery("SELECT * FROM smp_hold_coverage ORDER BY hold_id, seq").map((rs, ctx) -> {
                coverage.computeIfAbsent(rs.getLong("hold_id"), k -> new ArrayList<>())
                        .add(new CoveredStore(rs.getString("association_key"), rs.getString("computers"), rs.getString("store_path")));
                return 0;
            }).forEach(x -> { });
            Map<Long, Hold> holds = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM smp_holds ORDER BY placed_at, id").map((rs, ctx) -> {
                long id = rs.getLong("id");
                holds.put(id, new Hold(rs.getString("target"), rs.getString("reason"), Actor.parse(rs.getString("actor")),
                        Sql.instant(rs, "placed_at"), rs.getString("server"), rs.getString("store_key"), coverage.getOrDefault(id, List.of())));
                return 0;
            }).forEach(x -> { });
            return List.copyOf(holds.values());
        });
    }

    private static String key(String target) {
        return target.strip().toLowerCase(Locale.ROOT);
    }
}
