package org.osdkit.statemigration.jdbc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;

/** {@link HoldRepository} in {@code smp_holds}. */
final class JdbcHolds implements HoldRepository {

    private final Database database;

    JdbcHolds(Database database) {
        this.database = database;
    }

    @Override
    public void add(Hold hold) {
        database.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM smp_holds WHERE target_key = :key").bind("key", key(hold.target())).execute();
            h.createUpdate("INSERT INTO smp_holds (target, target_key, reason, actor, placed_at) VALUES (:target, :key, :reason, :actor, :at)")
                    .bind("target", hold.target()).bind("key", key(hold.target())).bind("reason", hold.reason())
                    .bind("actor", hold.actor()).bindByType("at", Sql.utc(hold.placed()), OffsetDateTime.class).execute();
        });
    }

    @Override
    public boolean remove(String target) {
        return database.jdbi().withHandle(h -> h.createUpdate("DELETE FROM smp_holds WHERE target_key = :key")
                .bind("key", key(target)).execute()) > 0;
    }

    @Override
    public List<Hold> all() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM smp_holds ORDER BY placed_at, id")
                .map((rs, ctx) -> new Hold(rs.getString("target"), rs.getString("reason"), rs.getString("actor"), Sql.instant(rs, "placed_at")))
                .list());
    }

    private static String key(String target) {
        return target.strip().toLowerCase(Locale.ROOT);
    }
}
