package org.osdkit.drivers.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogModel;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.DuplicateOption;
import org.osdkit.drivers.catalog.ImportOutcome;
import org.osdkit.drivers.catalog.MatchCandidate;
import org.osdkit.drivers.catalog.PlatformSection;

/** The driver catalog in the {@code drivers_*} tables of H2 or PostgreSQL. */
final class JdbcDriverCatalog implements DriverCatalog {

    private final Jdbi jdbi;
    private final Categories categories;

    JdbcDriverCatalog(Database database) {
        Sql.migrate(database);
        this.jdbi = database.jdbi();
        this.categories = new Categories(jdbi);
    }

    @Override
    public ImportOutcome add(DriverDetail detail, DuplicateOption duplicates) {
        Map<String, Long> categoryIds = categories.ensure(detail.driver().categories());
        try {
            jdbi.useTransaction(h -> insert(h, detail, categoryIds));
            return ImportOutcome.IMPORTED;
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            // Someone (another import, maybe another process) stored this driver first: a duplicate.
            return categorize(detail.driver().driverHash(), detail.driver().categories(), duplicates);
        }
    }

    private static void insert(Handle h, DriverDetail detail, Map<String, Long> categoryIds) {
        CatalogDriver d = detail.driver();
        long id = h.createUpdate("INSERT INTO drivers_driver (driver_hash, inf_hash, content_hash, name, inf_name, source_folder, inf_path, "
                        + "class_name, class_guid, provider, driver_date, driver_version, signed, catalog_file, kind, extension, boot_critical, enabled, "
                        + "imported_at, imported_by) VALUES (:hash, :infHash, :contentHash, :name, :infName, :sourceFolder, :infPath, :className, "
                        + ":classGuid, :provider, :date, :version, :signed, :catalogFile, :kind, :extension, :bootCritical, :enabled, :at, :by)")
                .bind("hash", d.driverHash()).bind("infHash", detail.infHash()).bind("contentHash", detail.contentHash())
                .bind("name", d.name()).bind("infName", d.infName()).bind("sourceFolder", d.sourceFolder()).bind("infPath", d.infPath())
                .bind("className", d.className()).bind("classGuid", d.classGuid()).bind("provider", d.provider())
                .bindByType("date", d.driverVer().date(), LocalDate.class)
                .bindByType("version", d.driverVer().version() == null ? null : d.driverVer().version().packed(), Long.class)
                .bind("signed", d.signed()).bind("catalogFile", d.catalogFile()).bind("kind", d.kind().name())
                .bind("extension", d.extension()).bind("bootCritical", d.bootCritical()).bind("enabled", d.enabled())
                .bind("at", Sql.utc(d.importedAt())).bind("by", d.importedBy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        PreparedBatch files = h.prepareBatch("INSERT INTO drivers_driver_file (driver_id, relative_path, size_bytes, sha256) VALUES (:id, :path, :size, :sha)");
        for (DriverFile f : detail.files()) {
            files.bind("id", id).bind("path", f.relativePath()).bind("size", f.size()).bind("sha", f.sha256()).add();
        }
        execute(files);
        PreparedBatch platforms = h.prepareBatch("INSERT INTO drivers_platform (driver_id, manufacturer_index, manufacturer, decoration, section_state) "
                + "VALUES (:id, :index, :manufacturer, :decoration, :state)");
        for (PlatformSection p : detail.platforms()) {
            platforms.bind("id", id).bind("index", p.manufacturerIndex()).bind("manufacturer", p.manufacturer())
                    .bind("decoration", p.decoration()).bind("state", p.state().name()).add();
        }
        execute(platforms);
        PreparedBatch models = h.prepareBatch("INSERT INTO drivers_model (driver_id, ordinal, manufacturer_index, decoration, description, install_section, "
                + "nt_extension, feature_score, hardware_id, hardware_id_key) VALUES (:id, :ordinal, :index, :decoration, :description, :install, "
                + ":nt, :featureScore, :hwid, :key)");
        PreparedBatch compatible = h.prepareBatch("INSERT INTO drivers_model_compatible (driver_id, ordinal, id_position, compatible_id, compatible_id_key) "
                + "VALUES (:id, :ordinal, :position, :cid, :key)");
        int ordinal = 0;
        for (CatalogModel m : detail.models()) {
            models.bind("id", id).bind("ordinal", ordinal).bind("index", m.manufacturerIndex()).bind("decoration", m.decoration())
                    .bind("description", m.description()).bind("install", m.installSection()).bind("nt", m.ntExtension())
                    .bind("featureScore", m.featureScore()).bind("hwid", m.hardwareId()).bind("key", Ids.key(m.hardwareId())).add();
            for (int i = 0; i < m.compatibleIds().size(); i++) {
                compatible.bind("id", id).bind("ordinal", ordinal).bind("position", i).bind("cid", m.compatibleIds().get(i))
                        .bind("key", Ids.key(m.compatibleIds().get(i))).add();
            }
            ordinal++;
        }
        execute(models);
        execute(compatible);
        PreparedBatch links = h.prepareBatch("INSERT INTO drivers_driver_category (driver_id, category_id) VALUES (:id, :category)");
        for (Long categoryId : new LinkedHashSet<>(categoryIds.values())) {
            links.bind("id", id).bind("category", categoryId).add();
        }
        execute(links);
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @Override
    public ImportOutcome categorize(String driverHash, Collection<String> wanted, DuplicateOption duplicates) {
        if (duplicates == DuplicateOption.SKIP) {
            return ImportOutcome.UNCHANGED;
        }
        Map<String, Long> ids = categories.ensure(wanted);
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> categorize(h, driverHash, ids, duplicates));
            } catch (RuntimeException e) {
                // Two imports adding the same category link at once: the loser re-reads and finds nothing to do.
                if (!Sql.isUniqueViolation(e) || attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private static ImportOutcome categorize(Handle h, String driverHash, Map<String, Long> wanted, DuplicateOption duplicates) {
        long driverId = h.createQuery("SELECT id FROM drivers_driver WHERE driver_hash = :hash").bind("hash", driverHash).mapTo(Long.class).one();
        Set<Long> existing = new TreeSet<>(h.createQuery("SELECT category_id FROM drivers_driver_category WHERE driver_id = :id")
                .bind("id", driverId).mapTo(Long.class).list());
        Set<Long> target = new TreeSet<>(wanted.values());
        if (duplicates == DuplicateOption.REPLACE_CATEGORIES) {
            if (existing.equals(target)) {
                return ImportOutcome.UNCHANGED;
            }
            h.createUpdate("DELETE FROM drivers_driver_category WHERE driver_id = :id").bind("id", driverId).execute();
            existing.clear();
        }
        target.removeAll(existing);
        if (target.isEmpty()) {
            return ImportOutcome.UNCHANGED;
        }
        PreparedBatch links = h.prepareBatch("INSERT INTO drivers_driver_category (driver_id, category_id) VALUES (:id, :category)");
        target.forEach(c -> links.bind("id", driverId).bind("category", c).add());
        links.execute();
        return duplicates == DuplicateOption.REPLACE_CATEGORIES ? ImportOutcome.CATEGORIES_REPLACED : ImportOutcome.CATEGORIES_APPENDED;
    }

    @Override
    public Optional<DriverDetail> find(String hashOrPrefix) {
        String prefix = hashOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        if (prefix.length() < 8 || !prefix.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> {
            List<CatalogRows.Row> rows = h.createQuery("SELECT * FROM drivers_driver WHERE driver_hash LIKE :prefix").bind("prefix", prefix + "%")
                    .setMaxRows(2).map(CatalogRows.DRIVER).list();
            if (rows.size() != 1) {
                return Optional.empty();
            }
            CatalogRows.Row row = rows.get(0);
            CatalogDriver driver = CatalogRows.withCategories(h, List.of(row)).get(0);
            String[] hashes = h.createQuery("SELECT inf_hash, content_hash FROM drivers_driver WHERE id = :id").bind("id", row.id())
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
            List<DriverFile> files = h.createQuery("SELECT * FROM drivers_driver_file WHERE driver_id = :id").bind("id", row.id())
                    .map((rs, ctx) -> new DriverFile(rs.getString("relative_path"), rs.getLong("size_bytes"), rs.getString("sha256"))).list();
            files = new ArrayList<>(files);
            files.sort(java.util.Comparator.comparing((DriverFile f) -> !f.relativePath().equalsIgnoreCase(driver.infName()))
                    .thenComparing(f -> f.relativePath().toLowerCase(java.util.Locale.ROOT)));
            return Optional.of(new DriverDetail(driver, hashes[0], hashes[1], files, CatalogRows.platforms(h, List.of(row.id())).getOrDefault(row.id(), List.of()),
                    CatalogRows.models(h, row.id(), driver.driverHash())));
        });
    }

    @Override
    public List<CatalogDriver> query(CatalogQuery q) {
        StringBuilder sql = new StringBuilder("SELECT d.* FROM drivers_driver d WHERE 1 = 1");
        Map<String, Object> binds = new HashMap<>();
        if (q.category() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM drivers_driver_category dc JOIN drivers_category c ON c.id = dc.category_id "
                    + "WHERE dc.driver_id = d.id AND c.name_key = :category)");
            binds.put("category", Categories.key(q.category()));
        }
        if (q.className() != null) {
            sql.append(" AND UPPER(d.class_name) = :className");
            binds.put("className", Ids.key(q.className()));
        }
        if (q.provider() != null) {
            sql.append(" AND UPPER(d.provider) = :provider");
            binds.put("provider", Ids.key(q.provider()));
        }
        if (q.hardwareId() != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM drivers_model m WHERE m.driver_id = d.id AND m.hardware_id_key = :hwid)"
                    + " OR EXISTS (SELECT 1 FROM drivers_model_compatible mc WHERE mc.driver_id = d.id AND mc.compatible_id_key = :hwid))");
            binds.put("hwid", Ids.key(q.hardwareId()));
        }
        sql.append(" ORDER BY d.name, d.driver_hash");
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString());
            binds.forEach(query::bind);
            List<CatalogRows.Row> rows = query.map(CatalogRows.DRIVER).list();
            if (q.os() != null) {
                Map<Long, List<PlatformSection>> platforms = CatalogRows.platforms(h, rows.stream().map(CatalogRows.Row::id).toList());
                rows = rows.stream().filter(r -> PlatformSection.offers(platforms.getOrDefault(r.id(), List.of()), q.os())).toList();
            }
            return CatalogRows.withCategories(h, rows);
        });
    }

    @Override
    public List<MatchCandidate> candidates(Collection<String> idKeys) {
        if (idKeys.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> CatalogRows.candidates(h, List.copyOf(new LinkedHashSet<>(idKeys))));
    }

    @Override
    public Map<String, Set<String>> categoriesByDriver() {
        return jdbi.withHandle(h -> {
            Map<String, Set<String>> out = new HashMap<>();
            h.createQuery("SELECT d.driver_hash, c.name FROM drivers_driver d LEFT JOIN drivers_driver_category dc ON dc.driver_id = d.id "
                            + "LEFT JOIN drivers_category c ON c.id = dc.category_id")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .forEach(r -> {
                        Set<String> names = out.computeIfAbsent(r[0], k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER));
                        if (r[1] != null) {
                            names.add(r[1]);
                        }
                    });
            return out;
        });
    }

    @Override
    public List<String> categories() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM drivers_category ORDER BY name_key").mapTo(String.class).list());
    }

    @Override
    public void setEnabled(String driverHash, boolean enabled) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE drivers_driver SET enabled = :enabled WHERE driver_hash = :hash")
                .bind("enabled", enabled).bind("hash", driverHash).execute());
    }

    @Override
    public boolean remove(String driverHash) {
        return jdbi.inTransaction(h -> {
            // The import cache would otherwise tell the next import of the same INF that it is already in the catalog.
            h.createUpdate("DELETE FROM drivers_source_inf WHERE driver_hash = :hash").bind("hash", driverHash).execute();
            return h.createUpdate("DELETE FROM drivers_driver WHERE driver_hash = :hash").bind("hash", driverHash).execute() > 0;
        });
    }
}
