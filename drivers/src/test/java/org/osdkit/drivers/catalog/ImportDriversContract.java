package org.osdkit.drivers.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.DatabaseSettings;
import org.osdkit.drivers.jdbc.DriversStorage;

/** Importing source trees into the catalog, on H2 always and PostgreSQL when configured. */
abstract class ImportDriversContract extends StorageContract {

    @TempDir
    Path share;

    Path sources;
    final RecordingJournal journal = new RecordingJournal();
    ImportDrivers importer;

    @BeforeEach
    void tree() {
        sources = R61Sources.write(share);
        importer = importer(storage);
    }

    ImportDrivers importer(DriversStorage s) {
        return new ImportDrivers(s.catalog(), s.importCache(), new AuditTrail(journal, CLOCK, Actor.of("tester", "")));
    }

    ImportReport run(String category, DuplicateOption duplicates) {
        return importer.run(new ImportRequest(sources, List.of(category), duplicates, false, false), ScanListener.NONE);
    }

    private static Map<String, ImportOutcome> outcomes(ImportReport report) {
        return report.infs().stream().collect(Collectors.toMap(ImportedInf::relativePath, ImportedInf::outcome));
    }

    @Test
    void importsTheNiceDriversAndRefusesTheTemplate() {
        ImportReport report = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        assertEquals(7, report.count(ImportOutcome.IMPORTED), report.infs().toString());
        assertEquals(ImportOutcome.REFUSED, outcomes(report).get("Template/sample.inx"));
        assertTrue(report.succeeded());
        assertEquals(7, storage.catalog().query(CatalogQuery.category("R61-8935CTO")).size());
        assertTrue(journal.entries.stream().anyMatch(e -> e.action().equals("drivers.import") && e.after().contains("imported=7")));
    }

    @Test
    void reimportingAnUnchangedTreeAddsNothing() {
        run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        ImportReport again = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        assertEquals(7, again.count(ImportOutcome.UNCHANGED));
        assertEquals(0, again.count(ImportOutcome.IMPORTED));
        assertEquals(7, storage.catalog().query(CatalogQuery.ALL).size());
    }

    @Test
    void unchangedSizeAndTimeAreTrustedWithoutRehashingUnlessAskedTo() throws IOException {
        run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        Path sys = sources.resolve("Video/nv4_disp.sys");
        FileTime time = Files.getLastModifiedTime(sys);
        String original = Files.readString(sys);
        Files.writeString(sys, "X".repeat(original.length()));
        Files.setLastModifiedTime(sys, time);
        ImportReport trusted = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        assertEquals(ImportOutcome.UNCHANGED, outcomes(trusted).get("Video/nv4_disp.inf"), "not read again: size and time are as imported");
        ImportReport rehashed = importer.run(new ImportRequest(sources, List.of("R61-8935CTO"), DuplicateOption.APPEND_CATEGORIES, false, true), ScanListener.NONE);
        assertEquals(ImportOutcome.IMPORTED, outcomes(rehashed).get("Video/nv4_disp.inf"), "--rehash reads every byte and finds the new content");
    }

    @Test
    void aChangedFileMakesANewDriver() throws IOException {
        ImportReport first = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        Files.writeString(sources.resolve("Video/nv4_disp.sys"), "a newer and longer binary");
        ImportReport second = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        assertEquals(ImportOutcome.IMPORTED, outcomes(second).get("Video/nv4_disp.inf"));
        assertNotEquals(hash(first, "Video/nv4_disp.inf"), hash(second, "Video/nv4_disp.inf"));
        assertEquals(8, storage.catalog().query(CatalogQuery.ALL).size());
    }

    private static String hash(ImportReport report, String inf) {
        return report.infs().stream().filter(i -> i.relativePath().equals(inf)).findFirst().orElseThrow().driverHash();
    }

    @Test
    void duplicatesAreSkippedOrTheirCategoriesAppendedOrReplaced() {
        run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        assertEquals(7, run("Lenovo", DuplicateOption.SKIP).count(ImportOutcome.UNCHANGED));
        assertEquals(7, run("Lenovo", DuplicateOption.APPEND_CATEGORIES).count(ImportOutcome.CATEGORIES_APPENDED));
        assertEquals(7, storage.catalog().query(CatalogQuery.category("R61-8935CTO")).size());
        assertEquals(7, run("XP", DuplicateOption.REPLACE_CATEGORIES).count(ImportOutcome.CATEGORIES_REPLACED));
        assertTrue(storage.catalog().query(CatalogQuery.category("Lenovo")).isEmpty());
        assertEquals(List.of("XP"), storage.catalog().query(CatalogQuery.ALL).get(0).categories());
    }

    @Test
    void theSameDriverInTwoFoldersIsOneDriverAndInfsSharingABinaryAreTwo() throws IOException {
        FakeDriver.named("nv4_disp").setupClass("Display", "{4d36e968-e325-11ce-bfc1-08002be10318}").provider("NVIDIA")
                .driverVer("09/12/2007,6.14.11.5661").decorations("NTx86").model("NVIDIA Quadro NVS 140M", R61Sources.VIDEO_HWID).writeTo(sources.resolve("Copy/Video"));
        ImportReport report = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        assertEquals(hash(report, "Video/nv4_disp.inf"), hash(report, "Copy/Video/nv4_disp.inf"));
        assertEquals(7, storage.catalog().query(CatalogQuery.ALL).size());
        DriverDetail a = storage.catalog().find(hash(report, "Network/e1e5132.inf")).orElseThrow();
        DriverDetail b = storage.catalog().find(hash(report, "Network/e1e5132a.inf")).orElseThrow();
        assertNotEquals(a.driver().driverHash(), b.driver().driverHash());
        assertEquals(a.contentHash(), b.contentHash(), "two INFs sharing one binary share their content");
    }

    @Test
    void badFilesAreRefusedOneByOneAndTheRestIsImported() throws IOException {
        Path bad = Files.createDirectories(sources.resolve("Bad"));
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        Files.write(bad.resolve("binary.inf"), binary);
        byte[] utf16 = FakeDriver.named("cut").model("Cut", "ROOT\\CUT").inf().getBytes(StandardCharsets.UTF_16LE);
        Files.write(bad.resolve("cut.inf"), java.util.Arrays.copyOf(utf16, utf16.length - 1));
        try (RandomAccessFile huge = new RandomAccessFile(bad.resolve("huge.inf").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }
        FakeDriver.named("escape").model("Escape", "ROOT\\ESCAPE").writeTo(Files.createDirectories(sources.resolve("Escape")));
        Path escapeInf = sources.resolve("Escape/escape.inf");
        Files.write(escapeInf, withBom(FakeDriver.named("escape").model("Escape", "ROOT\\ESCAPE").inf().replace("1 = %Disk%,,,", "1 = %Disk%,,,..\\..\\Video")));
        Files.delete(sources.resolve("Modem/cxmodem.sys"));
        Files.write(bad.resolve("loopa.inf"), withBom(FakeDriver.named("loopa").model("A", "ROOT\\A").inf().replace("[Install.NT]\r\n", "[Install.NT]\r\nInclude=loopb.inf\r\n")));
        Files.write(bad.resolve("loopb.inf"), withBom(FakeDriver.named("loopb").model("B", "ROOT\\B").inf().replace("[Install.NT]\r\n", "[Install.NT]\r\nInclude=loopa.inf\r\n")));
        Files.writeString(bad.resolve("loopa.sys"), "a");
        Files.writeString(bad.resolve("loopa.cat"), "a");
        Files.writeString(bad.resolve("loopb.sys"), "b");
        Files.writeString(bad.resolve("loopb.cat"), "b");
        Files.createSymbolicLink(sources.resolve("Video/elsewhere.inf"), share.getParent().resolve("not-in-the-tree.inf"));
        Path tokenInf = FakeDriver.named("token").model("Token", "ROOT\\TOKEN").writeTo(sources.resolve("Token"));
        Files.write(tokenInf, withBom(FakeDriver.named("token").model("Token", "ROOT\\TOKEN").inf().replace("%Desc0% = Install", "%Undefined% = Install")));
        ImportReport report = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        Map<String, ImportedInf> byPath = report.infs().stream().collect(Collectors.toMap(ImportedInf::relativePath, i -> i));
        assertRefused(byPath.get("Bad/binary.inf"), "INF-NOT-TEXT");
        assertRefused(byPath.get("Bad/cut.inf"), "INF-TRUNCATED-UTF16");
        assertRefused(byPath.get("Bad/huge.inf"), "INF-TOO-LARGE");
        assertRefused(byPath.get("Bad/loopa.inf"), "INF-INCLUDE-LOOP");
        assertRefused(byPath.get("Escape/escape.inf"), "INF-PATH-ESCAPES");
        assertRefused(byPath.get("Modem/cxmodem.inf"), "INF-FILE-ABSENT");
        assertRefused(byPath.get("Video/elsewhere.inf"), "INF-LINK-OUTSIDE");
        assertEquals(ImportOutcome.IMPORTED, byPath.get("Token/token.inf").outcome(), "an undefined token is a finding, not a reason to refuse");
        assertTrue(byPath.get("Token/token.inf").findings().stream().anyMatch(f -> f.code().equals("INF-UNDEFINED-TOKEN")));
        assertEquals(6 + 1, report.count(ImportOutcome.IMPORTED), "the six good R61 drivers and the one with a finding");
    }

    private static void assertRefused(ImportedInf inf, String code) {
        assertEquals(ImportOutcome.REFUSED, inf.outcome(), inf.toString());
        assertTrue(inf.reason().contains(code), inf.reason());
        assertNull(inf.driverHash());
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    @Test
    void aDriverTheDatabaseRefusesLeavesNoTraceAndTheRestGoesOn() {
        FakeDriver.named("longid").model("Long ID", "ROOT\\" + "X".repeat(1500)).writeTo(sources.resolve("LongId"));
        ImportReport report = run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
        ImportedInf failed = report.infs().stream().filter(i -> i.relativePath().equals("LongId/longid.inf")).findFirst().orElseThrow();
        // Refused as an INF finding before the database sees it (issue 12 item 9), not a rolled-back database error.
        assertEquals(ImportOutcome.REFUSED, failed.outcome());
        assertTrue(failed.reason().startsWith("INF-VALUE-TOO-LONG: The hardware or compatible ID on line"), failed.reason());
        assertEquals(7, storage.catalog().query(CatalogQuery.ALL).size());
        assertTrue(storage.catalog().query(new CatalogQuery(null, null, null, "ROOT\\" + "X".repeat(1500), null)).isEmpty());
        assertTrue(storage.catalog().categoriesByDriver().size() == 7, "no half-written driver row");
    }

    @Test
    void whatIfReportsAndChangesNothing() {
        ImportReport report = importer.run(new ImportRequest(sources, List.of("R61-8935CTO"), DuplicateOption.APPEND_CATEGORIES, true, false), ScanListener.NONE);
        assertEquals(7, report.count(ImportOutcome.IMPORTED));
        assertTrue(storage.catalog().query(CatalogQuery.ALL).isEmpty());
        assertTrue(storage.importCache().sourceInfs("/").isEmpty());
    }

    @Test
    void twoImportsOfOneTreeAtOnceEndWithEachDriverOnce() throws Exception {
        try (Database second = Database.open(DatabaseSettings.of(database.settings().url()))) {
            ImportDrivers other = importer(DriversStorage.jdbc(second, CLOCK));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<ImportReport> a = () -> {
                    start.await();
                    return run("R61-8935CTO", DuplicateOption.APPEND_CATEGORIES);
                };
                Callable<ImportReport> b = () -> {
                    start.await();
                    return other.run(new ImportRequest(sources, List.of("R61-8935CTO"), DuplicateOption.APPEND_CATEGORIES, false, false), ScanListener.NONE);
                };
                Future<ImportReport> fa = pool.submit(a);
                Future<ImportReport> fb = pool.submit(b);
                start.countDown();
                ImportReport ra = fa.get();
                ImportReport rb = fb.get();
                assertTrue(ra.succeeded() && rb.succeeded(), ra.summary() + " / " + rb.summary());
                assertEquals(7, ra.count(ImportOutcome.IMPORTED) + ra.count(ImportOutcome.UNCHANGED));
                assertEquals(7, ra.count(ImportOutcome.IMPORTED) + rb.count(ImportOutcome.IMPORTED), "each driver imported by exactly one of them");
                assertEquals(7, storage.catalog().query(CatalogQuery.ALL).size());
                assertEquals(7, storage.catalog().categoriesByDriver().size());
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
