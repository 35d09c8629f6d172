package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.Actor;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
import org.osdkit.core.testing.ScratchDatabases;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.associations.AssociationRepository;

/**
 * A store deleted through core's confined deletion, with real links on this machine: nothing outside the
 * storage folders is ever deleted, and each refusal or failure is worded as a journal step.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class StoreDeletionTest {

    @TempDir
    Path tmp;
    Fixture smp;
    Path outside;
    Path precious;

    @BeforeEach
    void setUp() throws IOException {
        smp = new Fixture(tmp);
        outside = Files.createDirectories(tmp.resolve("outside"));
        precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createDirectories(outside.resolve("sub"));
        Files.writeString(outside.resolve("sub").resolve("also.txt"), "keep me too");
    }

    private StoreDeletion.Result delete(Path store) {
        return new StoreDeletion(DeletionFileSystem.nio()).delete(List.of(smp.storage), store);
    }

    private void assertOutsideIntact() {
        assertTrue(Files.exists(precious));
        assertTrue(Files.exists(outside.resolve("sub").resolve("also.txt")));
    }

    @Test
    void linksInsideAStoreAreRemovedButTheirTargetsStay() throws IOException {
        smp.store("S1", 10);
        Path store = smp.path("S1");
        Files.createSymbolicLink(store.resolve("USMT").resolve("file-link"), precious);
        Files.createSymbolicLink(store.resolve("dir-link"), outside);
        Files.createSymbolicLink(store.resolve("USMT").resolve("dangling"), tmp.resolve("nothing-here"));

        StoreDeletion.Result result = delete(store);

        assertEquals(StepState.DELETED, result.state(), result.reason());
        assertEquals(10, result.bytes(), "link targets are not counted or deleted");
        assertFalse(Files.exists(store, LinkOption.NOFOLLOW_LINKS));
        assertOutsideIntact();
    }

    @Test
    void storeFolderThatIsALinkIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(smp.storage.resolve(Fixture.SHARE).resolve("LINKED"), outside);
        StoreDeletion.Result result = delete(link);
        assertEquals(StepState.REFUSED, result.state());
        assertTrue(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertOutsideIntact();
    }

    @Test
    void storeReachedThroughALinkedShareIsRefused() throws IOException {
        Files.createDirectories(outside.resolve("STORE"));
        Files.writeString(outside.resolve("STORE").resolve("USMT.MIG"), "data");
        Path share = Files.createSymbolicLink(smp.storage.resolve("LINKSHARE$"), outside);
        StoreDeletion.Result result = delete(share.resolve("STORE"));
        assertEquals(StepState.REFUSED, result.state());
        assertTrue(result.reason().contains("outside the root folder " + smp.storage), result.reason());
        assertTrue(Files.exists(outside.resolve("STORE").resolve("USMT.MIG")));
    }

    @Test
    void pathOutsideEveryStorageFolderIsRefused() {
        StoreDeletion.Result result = delete(outside);
        assertEquals(StepState.REFUSED, result.state());
        assertOutsideIntact();
    }

    @Test
    void theStorageFolderItselfIsNeverAStore() {
        StoreDeletion.Result result = delete(smp.storage);
        assertEquals(StepState.REFUSED, result.state());
        assertTrue(Files.isDirectory(smp.storage.resolve(Fixture.SHARE)));
    }

    @Test
    void cleanupRunNeverDeletesOutsideForLinkedOrOutsideStores() throws IOException {
        Files.createDirectories(outside.resolve("STORE"));
        Files.writeString(outside.resolve("STORE").resolve("USMT.MIG"), "data");
        Files.createSymbolicLink(smp.storage.resolve(Fixture.SHARE).resolve("LINKED"), outside.resolve("STORE"));
        smp.expired("LINKED-PC", 10, Fixture.unc("LINKED"));
        smp.expired("OUTSIDE-PC", 10, outside.resolve("STORE").toString());
        smp.store("INSIDE", 5);
        Files.createSymbolicLink(smp.path("INSIDE").resolve("escape"), outside);
        smp.expired("INSIDE-PC", 10, Fixture.unc("INSIDE"));
        try (Database db = ScratchDatabases.h2()) {
            StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
            AssociationRepository associations = storage.associations();
            associations.save(smp.associations);
            CleanupPlan plan = new CleanupPlanner(Fixture.clock()).plan(smp.reconcile(smp.settings()), List.of());
            assertEquals(List.of("INSIDE-PC"), plan.deletions().stream().map(i -> i.association().sourceName()).toList());
            assertEquals(KeepReason.STORE_IS_LINK, reason(plan, "LINKED-PC"));
            assertEquals(KeepReason.OUTSIDE_STORAGE_FOLDERS, reason(plan, "OUTSIDE-PC"));

            CleanupReport report = new RunCleanup(storage.journal(), storage.locks(), storage.holds(), DeletionFileSystem.nio(), Fixture.clock(),
                    Actor.of("tester", ""), LockTiming.DEFAULT).run(smp.settings(), plan, false);
            assertEquals(1, report.count(StepState.DELETED));
        }
        assertOutsideIntact();
        assertTrue(Files.exists(outside.resolve("STORE").resolve("USMT.MIG")));
    }

    @Test
    void aSymbolicLinkInsideAStorePointingOutsideIsRemovedAsALinkAndItsTargetStays() throws IOException {
        smp.store("S2", 10);
        Path store = smp.path("S2");
        Path deep = Files.createDirectories(store.resolve("USMT").resolve("Users").resolve("kenny"));
        Files.createSymbolicLink(deep.resolve("Documents"), outside);
        Files.createSymbolicLink(deep.resolve("precious.txt"), precious);

        StoreDeletion.Result result = delete(store);

        assertEquals(StepState.DELETED, result.state(), result.reason());
        assertFalse(Files.exists(store, LinkOption.NOFOLLOW_LINKS));
        assertOutsideIntact();
        assertEquals("keep me", Files.readString(precious));
    }

    @Test
    void aVanishedStoreIsAFailureNamingIt() {
        StoreDeletion.Result result = delete(smp.path("NEVER-THERE"));
        assertEquals(StepState.FAILED, result.state());
        assertTrue(result.reason().startsWith("the store folder vanished before deletion"), result.reason());
    }

    @Test
    void aVeryLongReasonIsAbbreviatedInTheMiddle() {
        String reason = StoreDeletion.abbreviate("x".repeat(300) + "END" + "y".repeat(4000) + "TAIL");
        assertEquals(400, reason.length());
        assertTrue(reason.startsWith("xxx") && reason.endsWith("TAIL") && reason.contains("..."), reason);
    }

    private static KeepReason reason(CleanupPlan plan, String source) {
        return plan.items().stream().filter(i -> i.association().sourceName().equals(source)).findFirst().orElseThrow().reason();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void pathTooLongIsARealFailureOfThatStoreOnly() throws Exception {
        smp.store("DEEP", 1);
        Path store = smp.path("DEEP");
        // Built with relative mkdir/cd so each call stays short; the absolute path exceeds Linux's PATH_MAX (4096).
        String name = "d".repeat(200);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 1 25); do mkdir " + name + " && cd " + name + "; done && echo x > f",
                "bash", store.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        try {
            StoreDeletion.Result result = delete(store);
            assertEquals(StepState.FAILED, result.state());
            assertTrue(result.reason().contains("too long"), result.reason());
        } finally {
            assertEquals(0, new ProcessBuilder("rm", "-rf", store.toString()).inheritIO().start().waitFor());
        }
    }

    @Test
    void staleRecordWithItsFolderGoneIsNeverDeletedOrDated() {
        smp.expired("GONE", 5, Fixture.unc("NOT-THERE"));
        CleanupPlan plan = new CleanupPlanner(Fixture.clock()).plan(smp.reconcile(smp.settings(Duration.ofDays(1), Duration.ofDays(1), false)), List.of());
        assertTrue(plan.deletions().isEmpty());
        assertEquals(KeepReason.STORE_MISSING, plan.items().get(0).reason());
    }
}
