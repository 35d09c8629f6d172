package org.osdkit.web;

import com.google.inject.Provider;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitVersion;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.drivers.distribution.ContentStatus;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.sites.hierarchy.SiteHierarchy;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.statemigration.health.FolderHealth;
import org.osdkit.statemigration.health.ShowHealth;
import org.osdkit.statemigration.health.SmpHealth;

/**
 * {@code GET /api/v1/overview}: one bounded document for the overview page, read from the same ports the
 * CLI's list and health commands read (never a probe of a server): database health, counts per domain,
 * SMP capacity from the stored health checks, content status per group, findings per day and the newest
 * audit entries.
 */
final class OverviewResource {

    /** Days in the findings chart. */
    static final int DAYS = 30;
    /** Diagnosis runs read for the chart at most: the newest first, so a busy month is cut at its oldest end. */
    static final int RUNS = 1000;
    /** Audit entries in "recent changes". */
    static final int RECENT = 10;

    private final Provider<Database> database;
    private final DriverPackageStore packages;
    private final DistributionStore distribution;
    private final ContentStatus contentStatus;
    private final SiteInventory sites;
    private final ShowHealth smp;
    private final DiagnosisHistory diagnoses;
    private final AuditJournal audit;
    private final Clock clock;

    @Inject
    OverviewResource(Provider<Database> database, DriverPackageStore packages, DistributionStore distribution, ContentStatus contentStatus,
                     SiteInventory sites, ShowHealth smp, DiagnosisHistory diagnoses, AuditJournal audit, Clock clock) {
        this.database = database;
        this.packages = packages;
        this.distribution = distribution;
        this.contentStatus = contentStatus;
        this.sites = sites;
        this.smp = smp;
        this.diagnoses = diagnoses;
        this.audit = audit;
        this.clock = clock;
    }

    /** The database the dashboard runs on and whether it answers. */
    record DatabaseTile(String status, String version, String kind, String url, boolean reachable, long answeredMillis) {
    }

    /** One storage folder's capacity from the last stored health check of its SMP. */
    record Gauge(String server, String directory, String status, double usedPercent, int clients, int maxClients, Instant checkedAt) {
    }

    /** Findings (error and warning level) of the diagnosis runs that finished that day (UTC). */
    record Day(LocalDate day, int findings) {
    }

    /** One SMP's stored state: status and problems, with when it was checked ({@code null} never). */
    record SmpTile(String server, String status, Instant checkedAt, int backlogStores, int overdueStores, List<String> problems) {
    }

    /**
     * The overview.
     *
     * @param counts        how many of each thing the workspace holds, by name
     * @param contentStatus content rows per group (Distributed, Pending, Failed, behind)
     * @param siteProblems  hierarchy problems by severity
     */
    record Overview(DatabaseTile database, Map<String, Integer> counts, Map<String, Integer> contentStatus, Map<String, Integer> siteProblems,
                    List<SmpTile> smp, List<Gauge> gauges, List<Day> findingsPerDay, boolean findingsCut, List<AuditEntry> recentChanges) {
    }

    void get(Context ctx) {
        Responses.json(ctx, load());
    }

    Overview load() {
        SiteHierarchy hierarchy = sites.load();
        List<SmpHealth> health = smp.all();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("driverPackages", packages.count());
        counts.put("driversInPackages", packages.distinctDrivers());
        counts.put("distributionPoints", distribution.points().size());
        counts.put("distributionPointGroups", distribution.groups().size());
        counts.put("sites", hierarchy.sites().size());
        counts.put("stateMigrationPoints", health.size());
        counts.put("backlogStores", health.stream().mapToInt(SmpHealth::backlogStores).sum());
        List<DiagnosisRun> runs = diagnoses.recent(RUNS);
        counts.put("diagnosisRuns", runs.size());
        Map<String, Integer> content = new LinkedHashMap<>();
        ContentBucket.counts(contentStatus.counts()).forEach((b, n) -> content.put(b.label, n));
        Map<String, Integer> problems = new LinkedHashMap<>();
        problems.put("error", (int) hierarchy.problems().stream().filter(p -> p.error()).count());
        problems.put("warning", (int) hierarchy.problems().stream().filter(p -> !p.error()).count());
        List<SmpTile> smpTiles = new ArrayList<>();
        List<Gauge> gauges = new ArrayList<>();
        for (SmpHealth h : health) {
            smpTiles.add(new SmpTile(h.server(), h.status().name(), h.checkedAt(), h.backlogStores(), h.overdueStores(), h.problems()));
            for (FolderHealth f : h.folders()) {
                var c = f.capacity();
                if (c != null) {
                    double used = c.totalBytes() <= 0 ? 0 : 100.0 * (c.totalBytes() - c.freeBytes()) / c.totalBytes();
                    gauges.add(new Gauge(h.server(), f.directory(), c.status().name(), used, c.clients(), c.maxClients(), h.checkedAt()));
                }
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            perDay.put(today.minusDays(i), 0);
        }
        for (DiagnosisRun r : runs) {
            Instant at = r.finishedAt() == null ? r.startedAt() : r.finishedAt();
            perDay.computeIfPresent(LocalDate.ofInstant(at, ZoneOffset.UTC), (d, n) -> n + r.errors() + r.warnings());
        }
        List<Day> days = perDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
        boolean cut = runs.size() == RUNS;
        return new Overview(databaseTile(), counts, content, problems, smpTiles, gauges, days, cut, audit.recent(RECENT));
    }

    private DatabaseTile databaseTile() {
        Database db = database.get();
        long start = System.nanoTime();
        boolean up;
        try (Connection c = db.dataSource().getConnection()) {
            up = c.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new DatabaseTile(up ? "UP" : "DOWN", OsdkitVersion.current(), db.kind().name(), db.settings().maskedUrl(), up, millis);
    }

    /** The newest audit entries, for the page's fetched part. */
    List<AuditEntry> recent() {
        return audit.recent(RECENT);
    }
}
