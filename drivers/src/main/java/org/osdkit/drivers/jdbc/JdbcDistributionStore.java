package org.osdkit.drivers.jdbc;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.distribution.DistributionPoint;
import org.osdkit.drivers.distribution.DistributionPointGroup;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStatus;
import org.osdkit.drivers.distribution.ContentCount;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.distribution.DpContentCount;
import org.osdkit.drivers.distribution.DpContentStatus;
import org.osdkit.drivers.distribution.PackageContentCount;
import org.osdkit.drivers.distribution.PackageFilter;
import org.osdkit.drivers.packages.PackageSummary;

/** Distribution points, groups and content status in {@code drivers_dp*} and {@code drivers_distribution}. */
final class JdbcDistributionStore implements DistributionStore {

    private static final RowMapper<DistributionPoint> POINT = (rs, ctx) -> new DistributionPoint(rs.getString("name"),
            SiteCode.of(rs.getString("site_code")), UncPath.of(rs.getString("share_path")));
    private static final RowMapper<DistributionStatus> STATUS = (rs, ctx) -> new DistributionStatus(PackageId.of(rs.getString("package_id")),
            rs.getString("dp_name"), DistributionState.valueOf(rs.getString("state")), rs.getInt("source_version"),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("message"));

    private final Jdbi jdbi;
    private final Clock clock;
    private final String upsertStatus;

    JdbcDistributionStore(Database database, Clock clock) {
        Sql.migrate(database);
        this.jdbi = database.jdbi();
        this.clock = clock;
        this.upsertStatus = Sql.upsertComposite(database, "drivers_distribution", List.of("package_id", "dp_name"),
                List.of("package_id", "dp_name", "state", "source_version", "updated_at", "message"));
    }

    @Override
    public void addPoint(DistributionPoint p) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO drivers_dp (name, site_code, share_path, added_at) VALUES (:name, :site, :share, :at)")
                    .bind("name", p.name()).bind("site", p.site().value()).bind("share", p.share().value()).bind("at", Sql.utc(clock.instant())).execute());
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new OsdkitException(DriverErrors.DP_EXISTS, "The distribution point " + p.name() + " is already registered.", null, e);
            }
            throw e;
        }
    }

    @Override
    public Optional<DistributionPoint> point(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM drivers_dp WHERE name = :name").bind("name", key(name)).map(POINT).findOne());
    }

    @Override
    public List<DistributionPoint> points() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM drivers_dp ORDER BY name").map(POINT).list());
    }

    @Override
    public boolean removePoint(String name) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM drivers_dp WHERE name = :name").bind("name", key(name)).execute()) > 0;
    }

    @Override
    public void addToGroup(String group, List<String> members) {
        String name = group.strip();
        jdbi.useTransaction(h -> {
            String stored = h.createQuery("SELECT name FROM drivers_dp_group WHERE name_key = :key").bind("key", name.toUpperCase(Locale.ROOT))
                    .mapTo(String.class).findOne().orElse(null);
            if (stored == null) {
                h.createUpdate("INSERT INTO drivers_dp_group (name, name_key) VALUES (:name, :key)").bind("name", name).bind("key", name.toUpperCase(Locale.ROOT)).execute();
                stored = name;
            }
            for (String m : members) {
                int present = h.createQuery("SELECT COUNT(*) FROM drivers_dp_group_member WHERE group_name = :g AND dp_name = :dp")
                        .bind("g", stored).bind("dp", key(m)).mapTo(Integer.class).one();
                if (present == 0) {
                    h.createUpdate("INSERT INTO drivers_dp_group_member (group_name, dp_name) VALUES (:g, :dp)").bind("g", stored).bind("dp", key(m)).execute();
                }
            }
        });
    }

    @Override
    public void removeFromGroup(String group, List<String> members) {
        group(group).ifPresent(g -> jdbi.useHandle(h -> members.forEach(m ->
                h.createUpdate("DELETE FROM drivers_dp_group_member WHERE group_name = :g AND dp_name = :dp").bind("g", g.name()).bind("dp", key(m)).execute())));
    }

    @Override
    public Optional<DistributionPointGroup> group(String name) {
        return groups().stream().filter(g -> g.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    @Override
    public List<DistributionPointGroup> groups() {
        return jdbi.withHandle(h -> {
            Map<String, List<String>> members = new LinkedHashMap<>();
            h.createQuery("SELECT name FROM drivers_dp_group ORDER BY name_key").mapTo(String.class).forEach(g -> members.put(g, new ArrayList<>()));
            h.createQuery("SELECT group_name, dp_name FROM drivers_dp_group_member ORDER BY dp_name")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).forEach(r -> members.get(r[0]).add(r[1]));
            return members.entrySet().stream().map(e -> new DistributionPointGroup(e.getKey(), e.getValue())).toList();
        });
    }

    @Override
    public void setStatus(DistributionStatus s) {
        jdbi.useHandle(h -> h.createUpdate(upsertStatus).bind("package_id", s.packageId().value()).bind("dp_name", s.dpName())
                .bind("state", s.state().name()).bind("source_version", s.sourceVersion()).bind("updated_at", Sql.utc(s.updated()))
                .bind("message", s.message()).execute());
    }

    @Override
    public List<DistributionStatus> status(Optional<PackageId> packageId) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT * FROM drivers_distribution" + (packageId.isPresent() ? " WHERE package_id = :id" : "") + " ORDER BY package_id, dp_name");
            packageId.ifPresent(id -> q.bind("id", id.value()));
            return q.map(STATUS).list();
        });
    }

    @Override
    public List<DpContentStatus> page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        // A row without its package (none today: the foreign key cascades) is told against its own version, as ContentStatus does.
        return jdbi.withHandle(h -> h.createQuery("SELECT d.*, p.source_version AS package_source_version FROM drivers_distribution d "
                        + "LEFT JOIN drivers_package p ON p.package_id = d.package_id ORDER BY d.package_id, d.dp_name LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> {
                    DistributionStatus s = STATUS.map(rs, ctx);
                    int version = rs.getInt("package_source_version");
                    return DpContentStatus.of(s, rs.wasNull() ? s.sourceVersion() : version);
                }).list());
    }

    @Override
    public List<ContentCount> counts() {
        // A status row without its package (none today: the foreign key cascades) is told against its own version, as ContentStatus does.
        return jdbi.withHandle(h -> h.createQuery("SELECT d.state, CASE WHEN d.state = 'DISTRIBUTED' AND p.source_version IS NOT NULL "
                        + "AND d.source_version < p.source_version THEN 1 ELSE 0 END AS behind, COUNT(*) AS n "
                        + "FROM drivers_distribution d LEFT JOIN drivers_package p ON p.package_id = d.package_id GROUP BY d.state, "
                        + "CASE WHEN d.state = 'DISTRIBUTED' AND p.source_version IS NOT NULL AND d.source_version < p.source_version THEN 1 ELSE 0 END "
                        + "ORDER BY d.state, behind")
                .map((rs, ctx) -> new ContentCount(DistributionState.valueOf(rs.getString("state")), rs.getInt("behind") == 1, rs.getInt("n"))).list());
    }

    private static String key(String dpName) {
        return dpName.strip().toLowerCase(Locale.ROOT);
    }

    /** The model's display name ({@code HardwareModel.displayName}) and the OS label of lists, as SQL over {@code drivers_package p}. */
    private static final String DISPLAY_NAME = "(p.manufacturer || ' ' || p.model || COALESCE(' ' || p.sku, ''))";
    private static final String OS_LABEL = "(p.os_name || ' ' || p.architecture)";
    /** 1 when status row {@code d} is Distributed of an older version than its package {@code p}, as {@link DpContentStatus#behind()}. */
    private static final String BEHIND = "CASE WHEN d.state = 'DISTRIBUTED' AND d.source_version < p.source_version THEN 1 ELSE 0 END";

    @Override
    public List<PackageSummary> packages(PackageFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return jdbi.withHandle(h -> bindFilter(h.createQuery("SELECT p.* FROM drivers_package p" + where(filter) + " ORDER BY " + DISPLAY_NAME + ", "
                        + OS_LABEL + ", p.package_id LIMIT :limit OFFSET :offset"), filter)
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> JdbcDriverPackageStore.summary(rs)).list());
    }

    @Override
    public List<DpContentCount> countsPerPoint(PackageFilter filter) {
        return jdbi.withHandle(h -> bindFilter(h.createQuery("SELECT d.dp_name, d.state, " + BEHIND + " AS behind, COUNT(*) AS n FROM drivers_distribution d "
                        + "JOIN drivers_package p ON p.package_id = d.package_id" + where(filter) + " GROUP BY d.dp_name, d.state, " + BEHIND
                        + " ORDER BY d.dp_name, d.state, behind"), filter)
                .map((rs, ctx) -> new DpContentCount(rs.getString("dp_name"), DistributionState.valueOf(rs.getString("state")), rs.getInt("behind") == 1,
                        rs.getInt("n"))).list());
    }

    @Override
    public List<PackageContentCount> countsPerPackage(Collection<PackageId> packageIds) {
        List<String> ids = packageIds.stream().map(PackageId::value).distinct().toList();
        List<PackageContentCount> out = new ArrayList<>();
        jdbi.useHandle(h -> {
            for (List<String> chunk : Sql.chunks(ids)) {
                out.addAll(h.createQuery("SELECT d.package_id, d.state, " + BEHIND + " AS behind, COUNT(*) AS n FROM drivers_distribution d "
                                + "JOIN drivers_package p ON p.package_id = d.package_id WHERE d.package_id IN (<ids>) GROUP BY d.package_id, d.state, "
                                + BEHIND + " ORDER BY d.package_id, d.state, behind")
                        .bindList("ids", chunk)
                        .map((rs, ctx) -> new PackageContentCount(PackageId.of(rs.getString("package_id")), DistributionState.valueOf(rs.getString("state")),
                                rs.getInt("behind") == 1, rs.getInt("n"))).list());
            }
        });
        return out;
    }

    /** The WHERE clause of {@code filter} over {@code drivers_package p}, or nothing when it matches every package. */
    private static String where(PackageFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.modelContains() != null) {
            conditions.add("LOWER(" + DISPLAY_NAME + ") LIKE :model ESCAPE '!'");
        }
        if (filter.os() != null) {
            conditions.add(OS_LABEL + " = :os");
        }
        if (!filter.states().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM drivers_distribution d WHERE d.package_id = p.package_id AND d.state IN (<states>) AND "
                    + BEHIND + " = :behind)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query bindFilter(Query q, PackageFilter filter) {
        if (filter.modelContains() != null) {
            String needle = filter.modelContains().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            q.bind("model", "%" + needle + "%");
        }
        if (filter.os() != null) {
            q.bind("os", filter.os());
        }
        if (!filter.states().isEmpty()) {
            q.bindList("states", filter.states().stream().map(Enum::name).sorted().toList()).bind("behind", filter.behind() ? 1 : 0);
        }
        return q;
    }
}
