package org.osdkit.drivers.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogModel;
import org.osdkit.drivers.catalog.MatchCandidate;
import org.osdkit.drivers.catalog.PlatformSection;
import org.osdkit.drivers.inf.DriverVer;
import org.osdkit.drivers.inf.DriverVersion;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.SectionState;

/** Reads catalog rows back into the API's records: drivers with categories, models, platforms, match candidates. */
final class CatalogRows {

    /** A driver row with its database ID, which the child tables refer to. */
    record Row(long id, CatalogDriver driver) {
    }

    static final RowMapper<Row> DRIVER = (rs, ctx) -> new Row(rs.getLong("id"), driver(rs));

    private CatalogRows() {
    }

    static CatalogDriver driver(ResultSet rs) throws SQLException {
        long version = rs.getLong("driver_version");
        DriverVersion v = rs.wasNull() ? null : DriverVersion.unpack(version);
        return new CatalogDriver(rs.getString("driver_hash"), rs.getString("name"), rs.getString("inf_name"), rs.getString("source_folder"),
                rs.getString("inf_path"), rs.getString("class_name"), rs.getString("class_guid"), rs.getString("provider"),
                new DriverVer(rs.getObject("driver_date", LocalDate.class), v, 0), rs.getBoolean("signed"), rs.getString("catalog_file"),
                InfKind.valueOf(rs.getString("kind")), rs.getBoolean("extension"), rs.getBoolean("boot_critical"), rs.getBoolean("enabled"),
                List.of(), rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("imported_by"));
    }

    static List<CatalogModel> models(Handle h, long driverId, String driverHash) {
        Map<Integer, List<String>> compatible = new TreeMap<>();
        h.createQuery("SELECT ordinal, compatible_id FROM drivers_model_compatible WHERE driver_id = :id ORDER BY ordinal, id_position")
                .bind("id", driverId).map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getString(2)}).forEach(r ->
                        compatible.computeIfAbsent((Integer) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return h.createQuery("SELECT * FROM drivers_model WHERE driver_id = :id ORDER BY ordinal").bind("id", driverId)
                .map((rs, ctx) -> model(rs, driverHash, compatible.getOrDefault(rs.getInt("ordinal"), List.of()))).list();
    }

    static CatalogModel model(ResultSet rs, String driverHash, List<String> compatible) throws SQLException {
        return new CatalogModel(driverHash, rs.getInt("manufacturer_index"), rs.getString("decoration"), rs.getString("description"),
                rs.getString("hardware_id"), compatible, rs.getString("install_section"), rs.getBoolean("nt_extension"), rs.getInt("feature_score"));
    }

    static Map<Long, List<PlatformSection>> platforms(Handle h, List<Long> driverIds) {
        Map<Long, List<PlatformSection>> out = new HashMap<>();
        for (List<Long> chunk : Sql.chunks(driverIds)) {
            h.createQuery("SELECT * FROM drivers_platform WHERE driver_id IN (<ids>) ORDER BY driver_id, manufacturer_index, decoration")
                    .bindList("ids", chunk).map((rs, ctx) -> new Object[] {rs.getLong("driver_id"), new PlatformSection(rs.getInt("manufacturer_index"),
                            rs.getString("manufacturer"), rs.getString("decoration"), SectionState.valueOf(rs.getString("section_state")))})
                    .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((PlatformSection) r[1]));
        }
        return out;
    }

    static List<CatalogDriver> withCategories(Handle h, List<Row> rows) {
        Map<Long, List<String>> names = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::id).toList();
        for (List<Long> chunk : Sql.chunks(ids)) {
            h.createQuery("SELECT dc.driver_id, c.name FROM drivers_driver_category dc JOIN drivers_category c ON c.id = dc.category_id "
                            + "WHERE dc.driver_id IN (<ids>) ORDER BY c.name").bindList("ids", chunk)
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        }
        return rows.stream().map(r -> r.driver().withCategories(names.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The models lines for a set of ID keys with their drivers and platforms, a few queries in all. */
    static List<MatchCandidate> candidates(Handle h, List<String> keys) {
        Set<String> pairs = new LinkedHashSet<>();
        for (List<String> chunk : Sql.chunks(keys)) {
            h.createQuery("SELECT driver_id, ordinal FROM drivers_model WHERE hardware_id_key IN (<keys>) "
                            + "UNION SELECT driver_id, ordinal FROM drivers_model_compatible WHERE compatible_id_key IN (<keys>)")
                    .bindList("keys", chunk).map((rs, ctx) -> rs.getLong(1) + ":" + rs.getInt(2)).forEach(pairs::add);
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Long> driverIds = pairs.stream().map(p -> Long.parseLong(p.substring(0, p.indexOf(':')))).distinct().toList();
        Map<Long, CatalogDriver> drivers = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (List<Long> chunk : Sql.chunks(driverIds)) {
            rows.addAll(h.createQuery("SELECT * FROM drivers_driver WHERE id IN (<ids>) AND enabled = TRUE").bindList("ids", chunk).map(DRIVER).list());
        }
        List<CatalogDriver> withCategories = withCategories(h, rows);
        for (int i = 0; i < rows.size(); i++) {
            drivers.put(rows.get(i).id(), withCategories.get(i));
        }
        Map<Long, List<PlatformSection>> platforms = platforms(h, List.copyOf(drivers.keySet()));
        List<MatchCandidate> out = new ArrayList<>();
        for (Long id : drivers.keySet()) {
            CatalogDriver driver = drivers.get(id);
            List<CatalogModel> models = models(h, id, driver.driverHash());
            for (int ordinal = 0; ordinal < models.size(); ordinal++) {
                if (pairs.contains(id + ":" + ordinal)) {
                    out.add(new MatchCandidate(models.get(ordinal), driver, platforms.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }
}
