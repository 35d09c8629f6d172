package org.osdkit.statemigration.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.settings.DiskSpaceUnit;
import org.osdkit.statemigration.settings.MinDiskSpace;
import org.osdkit.statemigration.settings.SettingsRepository;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/** {@link SettingsRepository} in {@code smp_settings} and {@code smp_storage_folders}. */
final class JdbcSettings implements SettingsRepository {

    private final Database database;

    JdbcSettings(Database database) {
        this.database = database;
    }

    @Override
    public void save(SmpSettings s) {
        database.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM smp_storage_folders WHERE server = :server").bind("server", s.server()).execute();
            h.createUpdate("DELETE FROM smp_settings WHERE server = :server").bind("server", s.server()).execute();
            h.createUpdate("INSERT INTO smp_settings (server, site_code, deletion_delay_minutes, cleanup_cycle_minutes, restore_only, "
                            + "store_depth, updated_at) VALUES (:server, :site, :delay, :cycle, :restoreOnly, :depth, :at)")
                    .bind("server", s.server()).bind("site", s.siteCode() == null ? null : s.siteCode().value())
                    .bind("delay", s.deletionDelayMinutes()).bind("cycle", s.cleanupCycle().toMinutes())
                    .bind("restoreOnly", s.restoreOnly()).bind("depth", s.storeDepth())
                    .bindByType("at", Sql.utc(Instant.now()), OffsetDateTime.class).execute();
            int order = 0;
            for (StorageFolder f : s.folders()) {
                h.createUpdate("INSERT INTO smp_storage_folders (server, folder_order, directory, access_path, max_clients, min_disk_space, "
                                + "min_disk_space_unit) VALUES (:server, :order, :dir, :access, :max, :min, :unit)")
                        .bind("server", s.server()).bind("order", order++).bind("dir", f.directory())
                        .bind("access", f.accessPath().toString()).bind("max", f.maxClients())
                        .bind("min", f.minDiskSpace().amount()).bind("unit", f.minDiskSpace().unit().code()).execute();
            }
        });
    }

    @Override
    public Optional<SmpSettings> find(String server) {
        return all().stream().filter(s -> s.server().equalsIgnoreCase(server) || s.isServer(server)).findFirst();
    }

    @Override
    public List<SmpSettings> all() {
        return database.jdbi().withHandle(h -> {
            List<SmpSettings> out = new ArrayList<>();
            for (var row : h.createQuery("SELECT * FROM smp_settings ORDER BY server").mapToMap().list()) {
                String server = (String) row.get("server");
                String site = (String) row.get("site_code");
                out.add(new SmpSettings(server, site == null ? null : SiteCode.of(site), folders(h, server),
                        Duration.ofMinutes(((Number) row.get("deletion_delay_minutes")).longValue()),
                        Duration.ofMinutes(((Number) row.get("cleanup_cycle_minutes")).longValue()),
                        (Boolean) row.get("restore_only"), ((Number) row.get("store_depth")).intValue()));
            }
            return out;
        });
    }

    private static List<StorageFolder> folders(Handle h, String server) {
        return h.createQuery("SELECT * FROM smp_storage_folders WHERE server = :server ORDER BY folder_order").bind("server", server)
                .map((rs, ctx) -> new StorageFolder(rs.getString("directory"), Path.of(rs.getString("access_path")), rs.getInt("max_clients"),
                        new MinDiskSpace(rs.getLong("min_disk_space"), DiskSpaceUnit.ofCode(rs.getInt("min_disk_space_unit")))))
                .list();
    }
}
