package org.osdkit.logs.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.storage.Database;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogFormat;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.Severity;
import org.osdkit.logs.timeline.KeepTimeline;
import org.osdkit.logs.timeline.TimelineEntry;
import org.osdkit.logs.timeline.TimelinePage;
import org.osdkit.logs.timeline.TimelineQuery;
import org.osdkit.logs.timeline.TimelineStore;
import org.osdkit.logs.timeline.TimelineSummary;

/** A kept timeline: every format's records in the same fields, paged by record number with filters; on H2 and PostgreSQL. */
abstract class TimelineStoreContract {

    /** The Windows format test logs (see test resources formats/README.txt), read by their own readers. */
    static final List<String> FORMATS = List.of("setupapi.dev.log", "CBS.log", "DISM.log", "setupact.log", "msi-verbose.log",
            "WindowsUpdate.log", "u_ex260105.log");

    @TempDir
    Path dir;

    private Database database;
    private DiagnosisHistory history;
    private TimelineStore store;

    abstract Database database();

    @BeforeEach
    void open() {
        database = database();
        LogsStorage storage = LogsStorage.jdbc(database);
        history = storage.diagnosisHistory();
        store = storage.timelines();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long run() {
        Instant t = Instant.parse("2026-01-05T12:00:00Z");
        return history.record(new DiagnosisReport(t, t, List.of("x"), 1, 1, 0, 0, 1, List.of()), new Actor("tester", "", ""));
    }

    private List<LogFile> everyFormat() throws IOException {
        List<LogFile> files = new ArrayList<>();
        for (String name : FORMATS) {
            try (InputStream in = TimelineStoreContract.class.getResourceAsStream("/formats/" + name)) {
                Path f = dir.resolve(name.replace(".log", "")).resolve(name);
                Files.createDirectories(f.getParent());
                Files.write(f, in.readAllBytes());
                files.add(LogFile.of(f));
            }
        }
        files.add(LogFile.of(Logs.write(dir, "smpmgr/smpmgr.log", Logs.SMPMGR)));
        files.add(LogFile.of(Logs.write(dir, "client/CAS.log", Logs.cm("Download failed with error 0x80070005", "10:00:00.000+000", "01-05-2026")
                + Logs.cm("Retrying", "10:00:01.000+000", "01-05-2026"))));
        return files;
    }

    private List<TimelineEntry> all(long runId) {
        List<TimelineEntry> out = new ArrayList<>();
        Long from = 0L;
        while (from != null) {
            TimelinePage p = store.page(runId, new TimelineQuery(Set.of(), null, null, null, from, false, 7));
            out.addAll(p.entries());
            from = p.next();
        }
        return out;
    }

    @Test
    void everyFormatTheReaderKnowsIsKeptWithTimeSeverityComponentAndMessage() throws IOException {
        long runId = run();
        TimelineSummary summary = new KeepTimeline(store).keep(runId, everyFormat(), ReadOptions.defaults(), p -> { });
        List<TimelineEntry> all = all(runId);
        assertEquals(summary.records(), all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i).seq(), "record numbers follow the merged order");
        }
        EnumSet<LogFormat> seen = EnumSet.noneOf(LogFormat.class);
        for (TimelineEntry e : all) {
            if (e.localTime() != null && e.component() != null && !e.message().isBlank()) {
                seen.add(e.format());
            }
        }
        EnumSet<LogFormat> expected = EnumSet.allOf(LogFormat.class);
        expected.remove(LogFormat.PLAIN); // plain text has no component column
        assertEquals(expected, seen, "formats whose records came out with a time, a component and a message");
        assertTrue(all.stream().anyMatch(e -> e.severity() == Severity.ERROR && e.format() == LogFormat.LEGACY
                && e.message().startsWith("CheckAndDeleteSMPStores failed")), "the legacy smpmgr.log's error");
        assertEquals(FORMATS.size() + 2, summary.sources().size());
        assertEquals(summary, store.summary(runId).orElseThrow());
        assertEquals(Severity.ERROR.name(), summary.severities().get(0).name(), "most severe first");
    }

    @Test
    void pagesFilterBySeverityComponentSourceAndTextAndGoBackAndForth() throws IOException {
        long runId = run();
        new KeepTimeline(store).keep(runId, everyFormat(), ReadOptions.defaults(), p -> { });
        List<TimelineEntry> all = all(runId);
        List<TimelineEntry> errors = all.stream().filter(e -> e.severity() == Severity.ERROR).toList();
        TimelinePage page = store.page(runId, new TimelineQuery(Set.of(Severity.ERROR), null, null, null, 0, false, 2));
        assertEquals(errors.subList(0, 2), page.entries());
        assertNull(page.previous(), "nothing before the first page");
        assertEquals(errors.get(2).seq(), page.next());
        TimelinePage second = store.page(runId, new TimelineQuery(Set.of(Severity.ERROR), null, null, null, page.next(), false, 2));
        assertEquals(errors.subList(2, 4), second.entries());
        assertEquals(errors.get(2).seq(), second.previous());
        TimelinePage back = store.page(runId, new TimelineQuery(Set.of(Severity.ERROR), null, null, null, second.previous(), true, 2));
        assertEquals(page.entries(), back.entries(), "the previous page is the first again");
        assertNull(back.previous());

        TimelinePage cbs = store.page(runId, new TimelineQuery(Set.of(), "CBS", null, null, 0, false, 100));
        assertFalse(cbs.entries().isEmpty());
        assertTrue(cbs.entries().stream().allMatch(e -> "CBS".equals(e.component())));
        TimelinePage text = store.page(runId, new TimelineQuery(Set.of(), null, null, "checkanddeletesmpstores", 0, false, 100));
        assertEquals(1, text.entries().size(), "text matches ignoring case");
        TimelinePage wildcard = store.page(runId, new TimelineQuery(Set.of(), null, null, "%", 0, false, 100));
        assertTrue(wildcard.entries().stream().allMatch(e -> e.message().contains("%")), "a % is a character, not a wildcard");
        String smpmgr = all.stream().filter(e -> e.format() == LogFormat.LEGACY).findFirst().orElseThrow().source();
        TimelinePage one = store.page(runId, new TimelineQuery(Set.of(), null, smpmgr, null, 0, false, 100));
        assertEquals(4, one.entries().size(), "the four smpmgr.log records");
    }

    @Test
    void anEvidenceLineIsFoundByFileAndLineAndOnlyTheNewestRunsKeepTheirs() throws IOException {
        KeepTimeline keep = new KeepTimeline(store);
        Path log = Logs.write(dir, "smpmgr.log", Logs.SMPMGR);
        long first = run();
        keep.keep(first, List.of(LogFile.of(log)), ReadOptions.defaults(), p -> { });
        long seq = store.seqOf(first, log.toString(), 3).orElseThrow();
        TimelineEntry at = store.page(first, new TimelineQuery(Set.of(), null, null, null, seq, false, 1)).entries().get(0);
        assertEquals(3, at.line());
        assertTrue(at.message().startsWith("CheckAndDeleteSMPStores"), at.message());
        assertTrue(store.seqOf(first, log.toString(), 99).isEmpty());
        for (int i = 0; i < KeepTimeline.KEPT_RUNS; i++) {
            keep.keep(run(), List.of(LogFile.of(log)), ReadOptions.defaults(), p -> { });
        }
        assertTrue(store.summary(first).isEmpty(), "the oldest timeline was dropped");
        assertTrue(store.page(first, TimelineQuery.first(10)).entries().isEmpty());
        assertNotNull(store.summary(first + KeepTimeline.KEPT_RUNS).orElse(null));
    }
}
