package org.osdkit.statemigration.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.Fixture;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.StoreFileSystem;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;
import org.osdkit.statemigration.settings.DiskSpaceUnit;
import org.osdkit.statemigration.settings.MinDiskSpace;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * Every spelling of a store an admin may give {@code osdkit smp hold} is either honoured (the hold covers
 * the store, the next plan keeps it and a cleanup does not delete it) or refused (nothing is stored), on
 * H2 and on PostgreSQL. The SMP is set up as a real one is: storage folder {@code E:\SOURCES\USMT} on the
 * SMP, reached by osdkit at {@code <tmp>/USMT}, associations naming their stores by UNC path.
 */
abstract class HoldSpellingsContract {

    abstract Database database();

    static final String HELD = Fixture.hex(4);
    static final String OTHER = Fixture.hex(5);

    @TempDir
    Path tmp;
    Fixture smp;
    Database db;
    StateMigrationStorage storage;
    SmpSettings settings;
    ComputerAssociation held;
    final Fixture.RecordingAudit audit = new Fixture.RecordingAudit();

    @BeforeEach
    void setUp() {
        smp = new Fixture(tmp);
        db = database();
        storage = StateMigrationStorage.jdbc(db);
        settings = new SmpSettings(Fixture.SERVER, SiteCode.of("S01"), List.of(new StorageFolder("E:\\SOURCES\\USMT", smp.storage, 100,
                new MinDiskSpace(1, DiskSpaceUnit.MEGABYTES))), Duration.ofDays(14), Duration.ofMinutes(1440), false, SmpSettings.DEFAULT_STORE_DEPTH);
        storage.settings().save(settings);
        held = smp.expired("HELD-PC", 20, smp.store(HELD, 1000));
        smp.expired("OTHER-PC", 10, smp.store(OTHER, 500));
        storage.associations().save(smp.associations);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private String local(String store) {
        return smp.path(store).toString();
    }

    private static Arguments spelling(String name, Function<HoldSpellingsContract, String> target) {
        return Arguments.of(Named.of(name, target));
    }

    static Stream<Arguments> honoured() {
        return Stream.of(
                spelling("the store path exactly as 'smp plan' prints it", t -> t.plannedPath()),
                spelling("the association's StorePath (UNC)", t -> Fixture.unc(HELD)),
                spelling("UNC with a trailing backslash", t -> Fixture.unc(HELD) + "\\"),
                spelling("UNC with doubled backslashes", t -> "\\\\" + Fixture.SERVER + "\\\\" + Fixture.SHARE + "\\\\" + HELD),
                spelling("UNC with forward slashes", t -> "//" + Fixture.SERVER + "/" + Fixture.SHARE + "/" + HELD),
                spelling("UNC naming the server by its FQDN", t -> "\\\\smp01.contoso.com\\" + Fixture.SHARE + "\\" + HELD),
                spelling("UNC in lower case", t -> Fixture.unc(HELD).toLowerCase(Locale.ROOT)),
                spelling("UNC in upper case", t -> Fixture.unc(HELD).toUpperCase(Locale.ROOT)),
                spelling("the E:\\ storage-folder form", t -> "E:\\SOURCES\\USMT\\" + Fixture.SHARE + "\\" + HELD),
                spelling("the E:\\ form in lower case with / and a trailing /", t -> ("e:/sources/usmt/" + Fixture.SHARE + "/" + HELD + "/")
                        .toLowerCase(Locale.ROOT)),
                spelling("the E:\\ form with doubled separators", t -> "E:\\\\SOURCES\\USMT\\\\" + Fixture.SHARE + "\\\\" + HELD + "\\\\"),
                spelling("the drive's admin share", t -> "\\\\" + Fixture.SERVER + "\\E$\\SOURCES\\USMT\\" + Fixture.SHARE + "\\" + HELD),
                spelling("the local path with a trailing separator", t -> t.local(HELD) + "/"),
                spelling("the local path with doubled separators", t -> t.local(HELD).replace("/", "//")),
                spelling("the local path in upper case", t -> t.local(HELD).toUpperCase(Locale.ROOT)),
                spelling("the MigrationID", t -> t.held.migrationId()),
                spelling("the MigrationID in lower case", t -> t.held.migrationId().toLowerCase(Locale.ROOT)),
                spelling("the source computer name", t -> "held-pc"),
                spelling("the restore computer name fully qualified", t -> "HELD-PC.contoso.com"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                spelling("a store that does not exist", t -> Fixture.unc("0000NOSUCHSTORE")),
                spelling("a store that does not exist, E:\\ form", t -> "E:\\SOURCES\\USMT\\" + Fixture.SHARE + "\\0000NOSUCHSTORE"),
                spelling("the store's name on another server", t -> "\\\\SMP02\\" + Fixture.SHARE + "\\" + HELD),
                spelling("a path outside the storage folders", t -> "E:\\OTHER\\" + Fixture.SHARE + "\\" + HELD),
                spelling("a local path outside the storage folders", t -> t.tmp.resolve("elsewhere").resolve(Fixture.SHARE).resolve(HELD).toString()),
                spelling("the share folder, which is no store", t -> "\\\\" + Fixture.SERVER + "\\" + Fixture.SHARE + "\\"),
                spelling("a path climbing out with ..", t -> "\\\\" + Fixture.SERVER + "\\" + Fixture.SHARE + "\\..\\" + Fixture.SHARE + "\\" + HELD),
                spelling("an unknown computer name", t -> "PC99"),
                spelling("an unknown MigrationID", t -> "MID1"));
    }

    private PlaceHold placeHold() {
        return new PlaceHold(storage.holds(), storage.associations(), storage.settings(),
                new ReconcileSmp(storage.associations(), StoreFileSystem.nio()), audit, Fixture.clock(), Actor.of("admin", "ADMINPC"));
    }

    private CleanupPlan plan() {
        return new PlanCleanup(new ReconcileSmp(storage.associations(), StoreFileSystem.nio()), storage.holds(), Fixture.clock()).plan(settings);
    }

    private CleanupReport cleanup(CleanupPlan plan) {
        return new RunCleanup(storage.journal(), storage.locks(), storage.holds(), DeletionFileSystem.nio(), Fixture.clock(),
                Actor.of("admin", "ADMINPC"), LockTiming.DEFAULT).run(settings, plan, false);
    }

    private static PlanItem item(CleanupPlan plan, String source) {
        return plan.items().stream().filter(i -> i.association().sourceName().equals(source)).findFirst().orElseThrow();
    }

    /** The StorePath column of 'osdkit smp plan': the folder where it was found. */
    String plannedPath() {
        return item(plan(), "HELD-PC").store().path().toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("honoured")
    void aHoldInThisSpellingKeepsTheStoreThroughThePlanAndTheCleanup(Function<HoldSpellingsContract, String> spelling) {
        String target = spelling.apply(this);

        Hold hold = placeHold().place(target, "user needs his files", null);

        assertTrue(hold.covered().stream().anyMatch(c -> held.key().equals(c.associationKey())), hold.covered().toString());
        assertTrue(hold.covered().stream().noneMatch(c -> c.storePath() != null && c.storePath().contains(OTHER)), "only the held store");
        assertEquals(1, storage.holds().all().size());
        CleanupPlan plan = plan();
        PlanItem kept = item(plan, "HELD-PC");
        assertEquals(PlanAction.KEEP, kept.action());
        assertEquals(KeepReason.HELD, kept.reason());
        assertEquals("user needs his files", kept.hold().reason());
        assertEquals(PlanAction.DELETE, item(plan, "OTHER-PC").action());

        CleanupReport report = cleanup(plan);

        assertEquals(1, report.count(StepState.DELETED));
        assertTrue(Files.exists(smp.path(HELD).resolve("USMT").resolve("USMT.MIG")), "held store still on disk");
        assertFalse(Files.exists(smp.path(OTHER)), "the other expired store is deleted");
        assertEquals(KeepReason.HELD, item(plan(), "HELD-PC").reason(), "and the next plan still keeps it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aHoldInThisSpellingIsRefusedAndNothingIsStored(Function<HoldSpellingsContract, String> spelling) {
        String target = spelling.apply(this);

        OsdkitException e = assertThrows(OsdkitException.class, () -> placeHold().place(target, "whatever", null));

        assertEquals(SmpErrors.HOLD_MATCHES_NOTHING, e.code());
        assertTrue(e.getMessage().contains(target.strip()) && e.getMessage().contains("nothing is held"), e.getMessage());
        assertTrue(storage.holds().all().isEmpty());
        assertTrue(audit.entries.isEmpty());
        assertEquals(2, plan().deletions().size(), "nothing is silently held either");
    }

    @Test
    void aNameHoldAlsoKeepsAnAssociationImportedLater() {
        placeHold().place("HELD-PC", null, null);
        ComputerAssociation later = smp.expired("HELD-PC", 5, smp.store(Fixture.hex(9), 10));
        storage.associations().save(smp.associations);
        CleanupPlan plan = plan();
        PlanItem item = plan.items().stream().filter(i -> i.association().key().equals(later.key())).findFirst().orElseThrow();
        assertEquals(KeepReason.HELD, item.reason());
    }

    @Test
    void aPathHoldAlsoKeepsAnotherAssociationNamingTheSameStoreLater() {
        placeHold().place("E:\\SOURCES\\USMT\\" + Fixture.SHARE + "\\" + HELD, null, null);
        ComputerAssociation second = smp.expired("SECOND-PC", 5, Fixture.unc(HELD).toLowerCase(Locale.ROOT));
        storage.associations().save(smp.associations);
        PlanItem item = plan().items().stream().filter(i -> i.association().key().equals(second.key())).findFirst().orElseThrow();
        assertEquals(KeepReason.HELD, item.reason());
        assertTrue(cleanup(plan()).outcomes().stream().noneMatch(o -> o.storePath().contains(HELD)));
        assertTrue(Files.exists(smp.path(HELD)));
    }

    @Test
    void aStoreFolderWithoutAssociationCanBeHeldToo() {
        smp.store("ORPHAN", 5);
        Hold hold = placeHold().place(Fixture.unc("orphan"), "unknown owner", null);
        assertEquals(List.of(new CoveredStore(null, null, local("ORPHAN"))), hold.covered());
    }

    @Test
    void aHoldIsRemovedByAnySpellingOfItsStore() {
        placeHold().place(Fixture.unc(HELD), null, null);
        RemoveHold remove = new RemoveHold(storage.holds(), storage.settings(), audit, Fixture.clock(), Actor.of("admin", ""));
        List<Hold> removed = remove.remove("e:/sources/usmt/" + Fixture.SHARE.toLowerCase(Locale.ROOT) + "/" + HELD.toLowerCase(Locale.ROOT));
        assertEquals(List.of(Fixture.unc(HELD)), removed.stream().map(Hold::target).toList());
        assertTrue(storage.holds().all().isEmpty());
        assertEquals(SmpErrors.HOLD_NOT_FOUND, assertThrows(OsdkitException.class, () -> remove.remove(Fixture.unc(HELD))).code());
    }

    @Test
    void placingTheSameStoreAgainUnderAnotherSpellingReplacesTheHold() {
        placeHold().place(Fixture.unc(HELD), "first", null);
        placeHold().place(local(HELD), "second", null);
        List<Hold> all = storage.holds().all();
        assertEquals(1, all.size());
        assertEquals("second", all.get(0).reason());
        assertEquals(Fixture.SERVER, all.get(0).server());
    }

    @Test
    void aHoldPlacedBeforeHoldsWereResolvedIsMatchedNormalisedToo() {
        // What an older osdkit stored: the target as typed, nothing resolved.
        storage.holds().add(new Hold("e:\\sources\\usmt\\" + Fixture.SHARE + "\\" + HELD + "\\", null, Actor.of("admin", ""), Fixture.NOW));
        assertEquals(KeepReason.HELD, item(plan(), "HELD-PC").reason());
        assertNull(storage.holds().all().get(0).server());
    }
}
