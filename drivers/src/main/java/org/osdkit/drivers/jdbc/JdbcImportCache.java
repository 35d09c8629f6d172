package org.osdkit.drivers.jdbc;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.FileDigest;
import org.osdkit.drivers.catalog.ImportCache;

/** The import cache in {@code drivers_file_hash} and {@code drivers_source_inf}. */
final class JdbcImportCache implements ImportCache {

    private final Jdbi jdbi;
    private final String upsertDigest;
    private final String upsertSource;

    JdbcImportCache(Database database) {
        Sql.migrate(database);
        this.jdbi = database.jdbi();
        this.upsertDigest = Sql.upsert(database, "drivers_file_hash", "path", "path", "size_bytes", "modified_millis", "sha256");
        this.upsertSource = Sql.upsert(database, "drivers_source_inf", "inf_path", "inf_path", "driver_hash", "fingerprint", "closure");
    }

    @Override
    public Map<String, FileDigest> digests(String prefix) {
        return jdbi.withHandle(h -> {
            Map<String, FileDigest> out = new HashMap<>();
            h.createQuery("SELECT * FROM drivers_file_hash WHERE path LIKE :prefix").bind("prefix", like(prefix))
                    .map((rs, ctx) -> Map.entry(rs.getString("path"), new FileDigest(rs.getLong("size_bytes"), rs.getLong("modified_millis"), rs.getString("sha256"))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    @Override
    public void storeDigests(Map<String, FileDigest> digests) {
        if (digests.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(upsertDigest);
            digests.forEach((path, d) -> batch.bind("path", path).bind("size_bytes", d.size()).bind("modified_millis", d.modifiedMillis())
                    .bind("sha256", d.sha256()).add());
            batch.execute();
        });
    }

    @Override
    public Map<String, SourceInf> sourceInfs(String prefix) {
        return jdbi.withHandle(h -> {
            Map<String, SourceInf> out = new HashMap<>();
            h.createQuery("SELECT * FROM drivers_source_inf WHERE inf_path LIKE :prefix").bind("prefix", like(prefix))
                    .map((rs, ctx) -> new SourceInf(rs.getString("inf_path"), rs.getString("driver_hash"), rs.getString("fingerprint"),
                            rs.getString("closure").isEmpty() ? List.of() : Arrays.asList(rs.getString("closure").split("\n"))))
                    .forEach(s -> out.put(s.infPath(), s));
            return out;
        });
    }

    @Override
    public void storeSourceInfs(Collection<SourceInf> infs) {
        if (infs.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(upsertSource);
            infs.forEach(s -> batch.bind("inf_path", s.infPath()).bind("driver_hash", s.driverHash()).bind("fingerprint", s.fingerprint())
                    .bind("closure", String.join("\n", s.closure())).add());
            batch.execute();
        });
    }

    /** A LIKE pattern matching everything under {@code prefix}, its own wildcards escaped. */
    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
