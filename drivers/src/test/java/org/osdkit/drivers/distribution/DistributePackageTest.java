package org.osdkit.drivers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.UncPath;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.catalog.StorageContract;
import org.osdkit.drivers.packages.PackageWorkflowFixture;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageChange;
import org.osdkit.drivers.packages.PackageManifest;

class DistributePackageTest extends PackageWorkflowFixture {

    @TempDir
    Path dp01Share;
    @TempDir
    Path dp02Share;

    DriverPackage p;
    RegisterDistributionPoint register;

    @BeforeEach
    void packageAndPoints() {
        p = create().create(r61(List.of(), false)).driverPackage();
        register = new RegisterDistributionPoint(storage.distribution(), audit);
        register.register("dp01.contoso.com", PS1, UncPath.of(dp01Share));
        register.register("dp02.contoso.com", PS1, UncPath.of(dp02Share));
    }

    DistributePackage distribute() {
        return new DistributePackage(storage.packages(), storage.distribution(), audit);
    }

    DistributionStatus status(String dp) {
        return storage.distribution().status(Optional.of(p.id())).stream().filter(s -> s.dpName().equals(dp)).findFirst().orElseThrow();
    }

    @Test
    void copiesTheContentVerifiesItAndMarksTheDpDistributed() throws IOException {
        List<DistributionResult> results = distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE);
        assertEquals(DistributionState.DISTRIBUTED, results.get(0).state());
        assertEquals(DistributionState.DISTRIBUTED, status("dp01.contoso.com").state());
        Path copy = dp01Share.resolve("PS100001");
        List<DriverFile> expected = PackageManifest.files(p.source().toPath());
        assertEquals(expected.size(), results.get(0).copied());
        for (DriverFile f : expected) {
            Path copied = copy.resolve(f.relativePath());
            assertEquals(f.size(), Files.size(copied), f.relativePath());
            assertEquals(f.sha256(), FileHasher.hash(copied).sha256(), f.relativePath());
        }
        assertFalse(Files.exists(dp01Share.resolve("PS100001" + DistributePackage.STAGING)));
        assertTrue(journal.entries.stream().anyMatch(e -> e.action().equals("drivers.distribute") && e.outcome().equals("ok")));
    }

    @Test
    void refusesThePxeBootImageShareSayingWhy() {
        OsdkitException onRegister = assertThrows(OsdkitException.class,
                () -> register.register("dp03.contoso.com", PS1, UncPath.of("\\\\dp03.contoso.com\\SMSPXEIMAGE$")));
        assertEquals(DriverErrors.PXE_SHARE_REFUSED, onRegister.code());
        assertTrue(onRegister.getMessage().contains("PXE boot images only"), onRegister.getMessage());
        OsdkitException onDistribute = assertThrows(OsdkitException.class,
                () -> distribute().distribute(p.id(), List.of("\\\\sccm01\\SMSPXEIMAGE$"), List.of(), ShouldProcess.always(), DistributionListener.NONE));
        assertEquals(DriverErrors.PXE_SHARE_REFUSED, onDistribute.code());
        assertTrue(storage.distribution().status(Optional.of(p.id())).isEmpty(), "nothing was sent anywhere");
    }

    @Test
    void anInterruptedCopyIsNeverDistributedAndTheNextRunResumes() {
        AtomicInteger files = new AtomicInteger();
        DistributionListener crashAfterThree = (dp, file, bytes) -> {
            if (files.incrementAndGet() == 3) {
                throw new Interrupted();
            }
        };
        assertThrows(Interrupted.class, () -> distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), crashAfterThree));
        assertEquals(DistributionState.DISTRIBUTION_PENDING, status("dp01.contoso.com").state());
        assertFalse(Files.exists(dp01Share.resolve("PS100001")));
        DistributionResult resumed = distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE).get(0);
        assertEquals(DistributionState.DISTRIBUTED, resumed.state());
        assertEquals(3, resumed.reused(), "the three files copied before the interruption were verified, not copied again");
    }

    /** Stands for the process being killed mid-copy: an Error no handler in osdkit catches. */
    private static final class Interrupted extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aFailedCopyIsDistributionFailedAndOtherDpsStillGetTheContent() throws IOException {
        Files.delete(dp02Share);
        List<DistributionResult> results = distribute().distribute(p.id(), List.of("dp01.contoso.com", "dp02.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE);
        assertEquals(DistributionState.DISTRIBUTED, results.get(0).state());
        assertEquals(DistributionState.DISTRIBUTION_FAILED, results.get(1).state());
        assertTrue(results.get(1).message().contains("does not exist"), results.get(1).message());
        assertEquals(DistributionState.DISTRIBUTION_FAILED, status("dp02.contoso.com").state());
    }

    @Test
    void aSourceFileChangedAfterTheBuildFailsTheDistribution() throws IOException {
        Path sys = p.source().toPath().resolve(hashOf("Video/nv4_disp.inf")).resolve("nv4_disp.sys");
        Files.writeString(sys, "corrupted on the share");
        DistributionResult r = distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE).get(0);
        assertEquals(DistributionState.DISTRIBUTION_FAILED, r.state());
        assertTrue(r.message().contains("no longer matches the package manifest"), r.message());
    }

    @Test
    void sendsToEveryMemberOfAGroupAndUpdatesContentToTheNewVersion() throws IOException {
        register.addToGroup("Branch", List.of("dp01.contoso.com", "dp02.contoso.com"));
        assertEquals(2, distribute().distribute(p.id(), List.of(), List.of("branch"), ShouldProcess.always(), DistributionListener.NONE).stream()
                .filter(r -> r.state() == DistributionState.DISTRIBUTED).count());
        String video = hashOf("Video/nv4_disp.inf");
        update().update(p.id(), new PackageChange(List.of(), List.of(), List.of(), List.of(), List.of("nv4_disp.inf"), List.of(), false));
        List<String> statesSeen = new ArrayList<>();
        distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), (dp, file, bytes) -> statesSeen.add(status(dp).state().word()));
        assertEquals("ContentUpdating", statesSeen.get(0));
        assertEquals(DistributionState.DISTRIBUTED, status("dp01.contoso.com").state());
        assertEquals(2, status("dp01.contoso.com").sourceVersion());
        assertFalse(Files.exists(dp01Share.resolve("PS100001").resolve(video)), "content removed from the package is gone from the DP too");
    }

    @Test
    void unknownPointsAndGroupsAreClearErrors() {
        assertEquals(DriverErrors.DP_NOT_FOUND, assertThrows(OsdkitException.class,
                () -> distribute().distribute(p.id(), List.of("nope.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE)).code());
        assertEquals(DriverErrors.DP_GROUP_NOT_FOUND, assertThrows(OsdkitException.class,
                () -> distribute().distribute(p.id(), List.of(), List.of("Nope"), ShouldProcess.always(), DistributionListener.NONE)).code());
    }

    @Test
    void removingThePackageRemovesItsCopiesFromTheDps() {
        distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE);
        new RemoveDriverPackage(storage.packages(), storage.distribution(), audit).remove(p.id(), false, ShouldProcess.always());
        assertFalse(Files.exists(dp01Share.resolve("PS100001")));
        assertTrue(journal.actions().contains("drivers.package.remove.dp"));
    }

    @Test
    void theGateIsAskedOncePerPointAndADeclinedPointGetsNothing() {
        register.addToGroup("Branch", List.of("dp01.contoso.com", "dp02.contoso.com"));
        WhatIfRecorder plan = new WhatIfRecorder();
        assertTrue(distribute().distribute(p.id(), List.of(), List.of("Branch"), plan, DistributionListener.NONE).isEmpty());
        assertEquals(List.of(dp01Share + "\\PS100001", dp02Share + "\\PS100001"), plan.plan().operations().stream().map(PlannedOperation::target).toList());
        assertTrue(plan.plan().whatIfLines().get(0).matches("What if: Performing the operation \"Distribute \\d+ files of PS100001 \\(SourceVersion 1\\)\" on target \".*\"\\."),
                plan.plan().whatIfLines().get(0));
        assertTrue(storage.distribution().status(Optional.of(p.id())).isEmpty(), "a what-if run changes nothing");

        List<DistributionResult> results = distribute().distribute(p.id(), List.of(), List.of("Branch"),
                change -> change.target().equals(dp01Share + "\\PS100001"), DistributionListener.NONE);
        assertEquals(List.of("dp01.contoso.com"), results.stream().map(DistributionResult::dpName).toList());
        assertFalse(Files.exists(dp02Share.resolve("PS100001")));
    }

    /** Relative path -> SHA-256 of every file the manifest in the package's source folder lists: what a DP must hold. */
    private Map<String, String> expected() throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (DriverFile f : PackageManifest.files(p.source().toPath())) {
            out.put(f.relativePath(), f.sha256());
        }
        return out;
    }

    private DistributionResult toDp01(DistributionListener listener) {
        return distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), listener).get(0);
    }

    private void updateToV2() {
        update().update(p.id(), new PackageChange(List.of(), List.of(), List.of(), List.of(), List.of("nv4_disp.inf"), List.of(), false));
    }

    @Test
    void killedBetweenTheSwitchsRenamesThePreviousVersionGoesBackAndTheNextRunFinishes() throws IOException {
        toDp01(DistributionListener.NONE);
        Map<String, String> v1 = expected();
        updateToV2();
        Map<String, String> v2 = expected();
        AtomicInteger done = new AtomicInteger();
        assertThrows(Interrupted.class, () -> toDp01((dp, file, bytes) -> {
            if (done.incrementAndGet() == v2.size()) {
                throw new Interrupted();
            }
        }));
        Path content = dp01Share.resolve("PS100001");
        assertEquals(v1, ConfinedRemovalTest.hashes(content), "until the switch the DP keeps the previous version");
        assertEquals(DistributionState.CONTENT_UPDATING, status("dp01.contoso.com").state());
        // The switch's first rename, then the kill.
        Files.move(content, dp01Share.resolve("PS100001" + DistributePackage.OLD));

        DistributionResult finished = toDp01(DistributionListener.NONE);

        assertEquals(DistributionState.DISTRIBUTED, finished.state(), finished.message());
        assertEquals(0, finished.copied(), "the staging folder was complete and verified: resumed, not copied again");
        assertEquals(v2, ConfinedRemovalTest.hashes(content));
        assertFalse(Files.exists(dp01Share.resolve("PS100001" + DistributePackage.OLD)));
        assertFalse(Files.exists(dp01Share.resolve("PS100001" + DistributePackage.STAGING)));
        assertEquals(2, status("dp01.contoso.com").sourceVersion());
    }

    @Test
    void killedAfterTheSwitchTheNextRunFindsTheVersionInPlaceAndOnlyRecordsIt() throws IOException {
        toDp01(DistributionListener.NONE);
        updateToV2();
        toDp01(DistributionListener.NONE);
        Map<String, String> v2 = expected();
        // What a kill right after the switch leaves: the DB not yet updated, the old version half deleted.
        storage.distribution().setStatus(new DistributionStatus(p.id(), "dp01.contoso.com", DistributionState.CONTENT_UPDATING, 2, StorageContract.CLOCK.instant(), "copying"));
        Files.writeString(Files.createDirectories(dp01Share.resolve("PS100001" + DistributePackage.OLD).resolve("sub")).resolve("left.sys"), "old");

        DistributionResult again = toDp01(DistributionListener.NONE);

        assertEquals(DistributionState.DISTRIBUTED, again.state(), again.message());
        assertEquals(0, again.copied());
        assertEquals(v2.size(), again.reused());
        assertEquals(v2, ConfinedRemovalTest.hashes(dp01Share.resolve("PS100001")));
        assertFalse(Files.exists(dp01Share.resolve("PS100001" + DistributePackage.OLD)));
        assertEquals(DistributionState.DISTRIBUTED, status("dp01.contoso.com").state());
    }

    @Test
    void whatAnOlderKilledRunLeftInStagingIsNeverDistributed() throws IOException {
        Path staging = dp01Share.resolve("PS100001" + DistributePackage.STAGING);
        Files.writeString(Files.createDirectories(staging.resolve("0123456789ab")).resolve("stale.sys"), "from an older version");
        Files.writeString(staging.resolve(DriverPackage.MANIFEST + ".part"), "half a manifest");
        Files.createDirectories(staging.resolve("empty-stray"));

        DistributionResult r = toDp01(DistributionListener.NONE);

        assertEquals(DistributionState.DISTRIBUTED, r.state(), r.message());
        assertEquals(expected(), ConfinedRemovalTest.hashes(dp01Share.resolve("PS100001")));
        try (Stream<Path> all = Files.walk(dp01Share.resolve("PS100001"))) {
            assertTrue(all.noneMatch(x -> x.getFileName().toString().equals("empty-stray") || x.getFileName().toString().equals("0123456789ab")));
        }
    }
}
