package org.osdkit.drivers.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.osdkit.core.Architecture;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.PackageSummary;

/** Driver packages in {@code drivers_package} and its child tables; IDs from a per-site sequence row. */
final class JdbcDriverPackageStore implements DriverPackageStore {

    private static final String CATEGORY = "category";
    private static final String DRIVER = "driver";
    private static final String EXCLUSION = "exclusion";

    private final Jdbi jdbi;

    JdbcDriverPackageStore(Database database) {
        Sql.migrate(database);
        this.jdbi = database.jdbi();
    }

    @Override
    public PackageId allocate(SiteCode site) {
        for (int attempt = 1; ; attempt++) {
            try {
                int sequence = jdbi.inTransaction(h -> next(h, site));
                if (sequence > PackageId.MAX_SEQUENCE) {
                    throw new OsdkitException(DriverErrors.PACKAGE_IDS_EXHAUSTED, "Site " + site + " has used all " + PackageId.MAX_SEQUENCE + " package IDs.");
                }
                PackageId id = PackageId.of(site, sequence);
                if (find(id).isEmpty()) {
                    return id;
                }
            } catch (RuntimeException e) {
                // Two processes creating the site's sequence row at once: the loser simply tries again.
                if (!Sql.isUniqueViolation(e) || attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** The row lock taken by UPDATE serialises allocators of one site, also across processes. */
    private static int next(Handle h, SiteCode site) {
        int updated = h.createUpdate("UPDATE drivers_package_sequence SET next_sequence = next_sequence + 1 WHERE site_code = :site")
                .bind("site", site.value()).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO drivers_package_sequence (site_code, next_sequence) VALUES (:site, 2)").bind("site", site.value()).execute();
            return 1;
        }
        return h.createQuery("SELECT next_sequence FROM drivers_package_sequence WHERE site_code = :site").bind("site", site.value())
                .mapTo(Integer.class).one() - 1;
    }

    @Override
    public void insert(DriverPackage p) {
        try {
            jdbi.useTransaction(h -> {
                lockTotals(h);
                h.createUpdate("INSERT INTO drivers_package (package_id, name, description, manufacturer, model, sku, os_name, os_major, os_minor, os_build, "
                                + "architecture, share_path, source_path, source_path_key, source_version, created_at, updated_at, keep_superseded, driver_count) "
                                + "VALUES (:id, :name, :description, :manufacturer, :model, :sku, :osName, :major, :minor, :build, :arch, :share, :source, "
                                + ":sourceKey, :version, :created, :updated, :keep, :driverCount)")
                        .bind("id", p.id().value()).bind("name", p.name()).bind("description", p.description())
                        .bind("manufacturer", p.model().manufacturer()).bind("model", p.model().model()).bind("sku", p.model().sku())
                        .bind("osName", p.os().name()).bind("major", p.os().major()).bind("minor", p.os().minor()).bind("build", p.os().build())
                        .bind("arch", p.os().architecture().label()).bind("share", p.share().value()).bind("source", p.source().value())
                        .bind("sourceKey", key(p.source())).bind("version", p.sourceVersion()).bind("created", Sql.utc(p.created()))
                        .bind("updated", Sql.utc(p.updated())).bind("keep", p.keepSuperseded()).bind("driverCount", p.drivers().size()).execute();
                children(h, p);
                changeDistinct(h, p.id(), Set.of(), new HashSet<>(p.drivers()));
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                String owner = findBySource(p.source()).map(o -> o.id().value()).orElse("another package");
                throw new OsdkitException(DriverErrors.PACKAGE_FOLDER_OWNED, "The folder " + p.source() + " already belongs to the driver package " + owner + ".",
                        "Update that package instead of creating another one.", e);
            }
            throw e;
        }
    }

    @Override
    public void update(DriverPackage p) {
        jdbi.useTransaction(h -> {
            lockTotals(h);
            Set<String> before = driversOf(h, p.id());
            h.createUpdate("UPDATE drivers_package SET name = :name, description = :description, source_version = :version, updated_at = :updated, "
                            + "keep_superseded = :keep, driver_count = :driverCount WHERE package_id = :id")
                    .bind("id", p.id().value()).bind("name", p.name()).bind("description", p.description()).bind("version", p.sourceVersion())
                    .bind("updated", Sql.utc(p.updated())).bind("keep", p.keepSuperseded()).bind("driverCount", p.drivers().size()).execute();
            h.createUpdate("DELETE FROM drivers_package_selection WHERE package_id = :id").bind("id", p.id().value()).execute();
            h.createUpdate("DELETE FROM drivers_package_driver WHERE package_id = :id").bind("id", p.id().value()).execute();
            children(h, p);
            changeDistinct(h, p.id(), before, new HashSet<>(p.drivers()));
        });
    }

    /**
     * Takes the row lock on the totals row before a package's content is read or written: package writers (in this and
     * in other processes) then take turns, so each one's count of the drivers no other package holds sees the content
     * the others committed, and the kept total stays exact under concurrent updates.
     */
    private static void lockTotals(Handle h) {
        h.createUpdate("UPDATE drivers_package_totals SET distinct_drivers = distinct_drivers WHERE id = 1").execute();
    }

    private static Set<String> driversOf(Handle h, PackageId id) {
        return new HashSet<>(h.createQuery("SELECT driver_hash FROM drivers_package_driver WHERE package_id = :id").bind("id", id.value())
                .mapTo(String.class).list());
    }

    /**
     * Moves the kept number of distinct drivers by what package {@code id}'s change from {@code before} to {@code after}
     * did: a driver it gained counts when no other package holds it, one it lost when no other package still does.
     * Bounded by the package's own drivers (index look-ups on driver_hash), never by all package-driver rows.
     * The caller holds the totals row lock ({@link #lockTotals}).
     */
    private static void changeDistinct(Handle h, PackageId id, Set<String> before, Set<String> after) {
        List<String> gained = after.stream().filter(d -> !before.contains(d)).toList();
        List<String> lost = before.stream().filter(d -> !after.contains(d)).toList();
        int delta = (gained.size() - heldElsewhere(h, id, gained)) - (lost.size() - heldElsewhere(h, id, lost));
        h.createUpdate("UPDATE drivers_package_totals SET distinct_drivers = distinct_drivers + :delta WHERE id = 1").bind("delta", delta).execute();
    }

    /** How many of {@code hashes} (distinct) a package other than {@code id} holds. */
    private static int heldElsewhere(Handle h, PackageId id, List<String> hashes) {
        int held = 0;
        for (List<String> chunk : Sql.chunks(hashes)) {
            held += h.createQuery("SELECT COUNT(DISTINCT driver_hash) FROM drivers_package_driver WHERE driver_hash IN (<hashes>) AND package_id <> :id")
                    .bindList("hashes", chunk).bind("id", id.value()).mapTo(Integer.class).one();
        }
        return held;
    }

    private static void children(Handle h, DriverPackage p) {
        PreparedBatch selection = h.prepareBatch("INSERT INTO drivers_package_selection (package_id, kind, item_position, selection_value) "
                + "VALUES (:id, :kind, :position, :value)");
        add(selection, p, CATEGORY, p.categories());
        add(selection, p, DRIVER, p.explicitDrivers());
        add(selection, p, EXCLUSION, p.exclusions());
        if (selection.size() > 0) {
            selection.execute();
        }
        PreparedBatch drivers = h.prepareBatch("INSERT INTO drivers_package_driver (package_id, item_position, driver_hash) VALUES (:id, :position, :hash)");
        for (int i = 0; i < p.drivers().size(); i++) {
            drivers.bind("id", p.id().value()).bind("position", i).bind("hash", p.drivers().get(i)).add();
        }
        if (drivers.size() > 0) {
            drivers.execute();
        }
    }

    private static void add(PreparedBatch batch, DriverPackage p, String kind, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            batch.bind("id", p.id().value()).bind("kind", kind).bind("position", i).bind("value", values.get(i)).add();
        }
    }

    @Override
    public Optional<DriverPackage> find(PackageId id) {
        return load("WHERE package_id = :v", id.value()).stream().findFirst();
    }

    @Override
    public Optional<DriverPackage> findBySource(UncPath source) {
        return load("WHERE source_path_key = :v", key(source)).stream().findFirst();
    }

    @Override
    public List<DriverPackage> list() {
        return load("", null);
    }

    @Override
    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM drivers_package").mapTo(Integer.class).one());
    }

    @Override
    public List<DriverPackage> page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            List<String> ids = h.createQuery("SELECT package_id FROM drivers_package ORDER BY package_id LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset).mapTo(String.class).list();
            return ids.isEmpty() ? List.of() : load(h, "WHERE package_id IN (<v>)", ids);
        });
    }

    @Override
    public List<PackageSummary> summaries() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM drivers_package ORDER BY package_id").map((rs, ctx) -> summary(rs)).list());
    }

    @Override
    public List<PackageSummary> summaries(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM drivers_package ORDER BY package_id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> summary(rs)).list());
    }

    /** A {@code drivers_package} row as a summary (also read by the distribution store's filtered page). */
    static PackageSummary summary(ResultSet rs) throws SQLException {
        DriverPackage head = head(rs);
        return new PackageSummary(head.id(), head.name(), head.model(), head.os(), head.source(), head.sourceVersion(), rs.getInt("driver_count"), head.updated());
    }

    @Override
    public List<OsTarget> targets() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT os_name, os_major, os_minor, os_build, architecture FROM drivers_package "
                        + "ORDER BY os_name, architecture, os_major, os_minor, os_build")
                .map((rs, ctx) -> new OsTarget(rs.getString("os_name"), rs.getInt("os_major"), rs.getInt("os_minor"), rs.getInt("os_build"),
                        Architecture.parse(rs.getString("architecture")))).list());
    }

    @Override
    public int distinctDrivers() {
        return jdbi.withHandle(h -> h.createQuery("SELECT distinct_drivers FROM drivers_package_totals WHERE id = 1").mapTo(Integer.class).one());
    }

    @Override
    public void delete(PackageId id) {
        jdbi.useTransaction(h -> {
            lockTotals(h);
            Set<String> before = driversOf(h, id);
            if (h.createUpdate("DELETE FROM drivers_package WHERE package_id = :id").bind("id", id.value()).execute() > 0) {
                changeDistinct(h, id, before, Set.of());
            }
        });
    }

    private List<DriverPackage> load(String where, String value) {
        return jdbi.withHandle(h -> load(h, where, value == null ? List.of() : List.of(value)));
    }

    /** The packages {@code where} selects (binding {@code :v} to the one value, or {@code <v>} to the list) with their children. */
    private static List<DriverPackage> load(Handle h, String where, List<String> values) {
        var query = h.createQuery("SELECT * FROM drivers_package " + where + " ORDER BY package_id");
        if (where.contains("<v>")) {
            query.bindList("v", values);
        } else if (!values.isEmpty()) {
            query.bind("v", values.get(0));
        }
        List<DriverPackage> heads = query.map((rs, ctx) -> head(rs)).list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<String, Map<String, List<String>>> selections = new HashMap<>();
        Map<String, List<String>> drivers = new HashMap<>();
        List<String> ids = heads.stream().map(p -> p.id().value()).toList();
        h.createQuery("SELECT * FROM drivers_package_selection WHERE package_id IN (<ids>) ORDER BY package_id, kind, item_position").bindList("ids", ids)
                .map((rs, ctx) -> new String[] {rs.getString("package_id"), rs.getString("kind"), rs.getString("selection_value")})
                .forEach(r -> selections.computeIfAbsent(r[0], k -> new HashMap<>()).computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[2]));
        h.createQuery("SELECT * FROM drivers_package_driver WHERE package_id IN (<ids>) ORDER BY package_id, item_position").bindList("ids", ids)
                .map((rs, ctx) -> new String[] {rs.getString("package_id"), rs.getString("driver_hash")})
                .forEach(r -> drivers.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
        List<DriverPackage> out = new ArrayList<>();
        for (DriverPackage p : heads) {
            Map<String, List<String>> s = selections.getOrDefault(p.id().value(), Map.of());
            out.add(new DriverPackage(p.id(), p.name(), p.description(), p.model(), p.os(), p.share(), p.source(), p.sourceVersion(),
                    s.getOrDefault(CATEGORY, List.of()), s.getOrDefault(DRIVER, List.of()), s.getOrDefault(EXCLUSION, List.of()),
                    drivers.getOrDefault(p.id().value(), List.of()), p.created(), p.updated(), p.keepSuperseded()));
        }
        return out;
    }

    private static DriverPackage head(ResultSet rs) throws SQLException {
        OsTarget os = new OsTarget(rs.getString("os_name"), rs.getInt("os_major"), rs.getInt("os_minor"), rs.getInt("os_build"),
                Architecture.parse(rs.getString("architecture")));
        return new DriverPackage(PackageId.of(rs.getString("package_id")), rs.getString("name"), rs.getString("description"),
                new HardwareModel(rs.getString("manufacturer"), rs.getString("model"), rs.getString("sku")), os, UncPath.of(rs.getString("share_path")),
                UncPath.of(rs.getString("source_path")), rs.getInt("source_version"), List.of(), List.of(), List.of(), List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("keep_superseded"));
    }

    private static String key(UncPath path) {
        return path.value().toUpperCase(Locale.ROOT);
    }
}
