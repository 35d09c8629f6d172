package org.osdkit.sites.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.SiteType;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import org.osdkit.sites.hierarchy.SiteInventory;

/** The imported sites in the {@code sites_site} table. */
final class JdbcSiteInventory implements SiteInventory {

    private static final RowMapper<Site> ROW = (rs, ctx) -> {
        String parent = rs.getString("parent_site_code");
        return new Site(SiteCode.of(rs.getString("site_code")), rs.getString("site_name"), SiteType.valueOf(rs.getString("site_type")),
                parent == null ? null : SiteCode.of(parent), rs.getString("site_server"), rs.getString("version"), rs.getString("source"));
    };

    private final Database database;

    JdbcSiteInventory(Database database) {
        this.database = database;
    }

    @Override
    public void replaceAll(List<Site> sites, Instant importedAt) {
        database.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM sites_site");
            PreparedBatch batch = h.prepareBatch("INSERT INTO sites_site (site_code, site_name, site_type, parent_site_code, site_server, version, source, imported_at) "
                    + "VALUES (:code, :name, :type, :parent, :server, :version, :source, :at)");
            for (Site s : sites) {
                batch.bind("code", s.code().value()).bind("name", s.name()).bind("type", s.type().name())
                        .bind("parent", s.parent() == null ? null : s.parent().value()).bind("server", s.siteServer())
                        .bind("version", s.version()).bind("source", s.source()).bind("at", importedAt.atOffset(ZoneOffset.UTC)).add();
            }
            if (!sites.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public SiteHierarchy load() {
        List<Site> sites = database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM sites_site ORDER BY site_code").map(ROW).list());
        return SiteHierarchy.of(sites, List.of());
    }

    @Override
    public void rename(SiteCode site, String name) {
        database.jdbi().useHandle(h -> h.createUpdate("UPDATE sites_site SET site_name = :name WHERE site_code = :code")
                .bind("name", name).bind("code", site.value()).execute());
    }
}
