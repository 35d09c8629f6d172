package org.osdkit.drivers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.UncPath;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FakeDriver;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.catalog.ImportDrivers;
import org.osdkit.drivers.catalog.ImportRequest;
import org.osdkit.drivers.catalog.R61Sources;
import org.osdkit.drivers.catalog.ScanListener;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageChange;
import org.osdkit.drivers.packages.PackageManifest;
import org.osdkit.drivers.packages.PackageWorkflowFixture;

/**
 * Issue 12 item 6: after a package update raises SourceVersion, every DP holding the older version is
 * "behind (has 1, package is 2)", and redistribute brings them up to date copying only what changed,
 * verified, all or nothing, resumable.
 */
class RedistributeTest extends PackageWorkflowFixture {

    private static final String DP01 = "dp01.contoso.com";
    private static final String DP02 = "dp02.contoso.com";

    @TempDir
    Path dp01Share;
    @TempDir
    Path dp02Share;

    DriverPackage p;

    @BeforeEach
    void distributedToTwoPoints() {
        p = create().create(r61(List.of(), false)).driverPackage();
        RegisterDistributionPoint register = new RegisterDistributionPoint(storage.distribution(), audit);
        register.register(DP01, PS1, UncPath.of(dp01Share));
        register.register(DP02, PS1, UncPath.of(dp02Share));
        distribute().distribute(p.id(), List.of(DP01, DP02), List.of(), ShouldProcess.always(), DistributionListener.NONE);
    }

    DistributePackage distribute() {
        return new DistributePackage(storage.packages(), storage.distribution(), audit);
    }

    ContentStatus contentStatus() {
        return new ContentStatus(storage.packages(), storage.distribution());
    }

    /** NVIDIA's next video driver into the model's category, and the package refreshed: SourceVersion 2 with new files. */
    private DriverPackage updateWithNewVideoDriver() {
        Path folder = shareFolder.resolve("Updates").resolve("Video");
        FakeDriver.named("nv4_disp").setupClass("Display", "{4d36e968-e325-11ce-bfc1-08002be10318}").provider("NVIDIA").driverVer("03/01/2008,7.15.11.6369")
                .decorations("NTx86").model("NVIDIA Quadro NVS 140M", R61Sources.VIDEO_HWID).sys("nv4_disp.sys", "nv4_disp 2008").writeTo(folder);
        new ImportDrivers(storage.catalog(), storage.importCache(), audit).run(ImportRequest.of(folder, List.of(R61Sources.MODEL_FOLDER)), ScanListener.NONE);
        DriverPackage v2 = update().update(p.id(), PackageChange.refresh()).driverPackage();
        assertEquals(2, v2.sourceVersion());
        return v2;
    }

    private Map<String, String> manifest() throws IOException {
        return PackageManifest.files(p.source().toPath()).stream().collect(Collectors.toMap(f -> f.relativePath().replace('\\', '/'), DriverFile::sha256,
                (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> onDisk(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), FileHasher.hash(f).sha256());
            }
        }
        return out;
    }

    @Test
    void dpsHoldingTheOlderVersionAreBehindUntilRedistributed() {
        assertTrue(contentStatus().of(p).stream().noneMatch(DpContentStatus::behind));
        DriverPackage v2 = updateWithNewVideoDriver();
        List<DpContentStatus> rows = contentStatus().list(Optional.of(p.id()));
        assertEquals(2, rows.size());
        for (DpContentStatus s : rows) {
            assertTrue(s.behind(), s.toString());
            assertEquals("behind (has 1, package is 2)", s.summary());
            assertEquals(DistributionState.DISTRIBUTED, s.state(), "what the DP holds is complete, only older");
        }
        assertEquals(rows, contentStatus().of(v2));
        assertEquals(rows, contentStatus().list(Optional.empty()));
    }

    @Test
    void redistributeCopiesOnlyTheChangedFilesAndLeavesExactlyTheNewVersion() throws IOException {
        Map<String, String> v1 = manifest();
        updateWithNewVideoDriver();
        Map<String, String> v2 = manifest();
        Set<String> changed = v2.entrySet().stream().filter(e -> !e.getValue().equals(v1.get(e.getKey()))).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(changed.size() >= 2 && changed.size() < v2.size(), changed.toString());

        List<DistributionResult> results = distribute().redistribute(p.id(), List.of(), ShouldProcess.always(), DistributionListener.NONE);
        assertEquals(List.of(DP01, DP02), results.stream().map(DistributionResult::dpName).toList(), "every DP that was behind");
        for (DistributionResult r : results) {
            assertEquals(DistributionState.DISTRIBUTED, r.state(), r.toString());
            assertEquals(changed.size(), r.copied(), "only the changed files come from the source: " + changed);
            assertEquals(v2.size() - changed.size(), r.reused(), "the unchanged ones are taken from the version the DP holds");
            assertEquals(2, r.sourceVersion());
        }
        assertEquals(v2, onDisk(dp01Share.resolve(p.id().value())));
        assertEquals(v2, onDisk(dp02Share.resolve(p.id().value())));
        assertEquals(List.of(p.id().value()), List.of(dp01Share.toFile().list()), "no staging or old folder is left beside it");
        assertTrue(contentStatus().of(storage.packages().require(p.id())).stream().noneMatch(DpContentStatus::behind));
        assertEquals(List.of(), distribute().redistribute(p.id(), List.of(), ShouldProcess.always(), DistributionListener.NONE),
                "nothing to do once every DP is up to date");
    }

    @Test
    void anInterruptedRedistributionKeepsTheOldVersionAndTheNextRunResumes() throws IOException {
        Map<String, String> v1 = manifest();
        updateWithNewVideoDriver();
        Map<String, String> v2 = manifest();
        AtomicInteger files = new AtomicInteger();
        DistributionListener crashAfterFive = (dp, file, bytes) -> {
            if (files.incrementAndGet() == 5) {
                throw new Interrupted();
            }
        };
        assertThrows(Interrupted.class, () -> distribute().redistribute(p.id(), List.of(DP01), ShouldProcess.always(), crashAfterFive));
        assertEquals(v1, onDisk(dp01Share.resolve(p.id().value())), "the DP still holds the complete old version");
        assertEquals(DistributionState.CONTENT_UPDATING, storage.distribution().status(Optional.of(p.id())).stream()
                .filter(s -> s.dpName().equals(DP01)).findFirst().orElseThrow().state());
        DistributionResult resumed = distribute().redistribute(p.id(), List.of(DP01), ShouldProcess.always(), DistributionListener.NONE).get(0);
        assertEquals(DistributionState.DISTRIBUTED, resumed.state());
        assertTrue(resumed.reused() >= 4, "the files staged before the interruption are verified, not copied again: " + resumed);
        assertEquals(v2, onDisk(dp01Share.resolve(p.id().value())));
        assertEquals(v1, onDisk(dp02Share.resolve(p.id().value())), "the DP not named keeps its version");
    }

    @Test
    void whatIfPlansEveryPointBehindAndChangesNothing() throws IOException {
        Map<String, String> v1 = manifest();
        updateWithNewVideoDriver();
        WhatIfRecorder plan = new WhatIfRecorder();
        assertEquals(List.of(), distribute().redistribute(p.id(), List.of(), plan, DistributionListener.NONE));
        assertEquals(2, plan.plan().size(), plan.plan().whatIfLines().toString());
        assertEquals(v1, onDisk(dp01Share.resolve(p.id().value())));
    }

    @Test
    void neverToThePxeShareAndNotForAPackageNoDpHas() {
        OsdkitException pxe = assertThrows(OsdkitException.class,
                () -> distribute().redistribute(p.id(), List.of("dp01.contoso.com\\SMSPXEIMAGE$"), ShouldProcess.always(), DistributionListener.NONE));
        assertEquals(DriverErrors.PXE_SHARE_REFUSED, pxe.code());
        storage.distribution().removePoint(DP01);
        storage.distribution().removePoint(DP02);
        OsdkitException none = assertThrows(OsdkitException.class,
                () -> distribute().redistribute(p.id(), List.of(), ShouldProcess.always(), DistributionListener.NONE));
        assertEquals(DriverErrors.DP_INVALID, none.code());
    }

    /** Stands for the process being killed mid-copy: an Error no handler in osdkit catches. */
    private static final class Interrupted extends Error {
        private static final long serialVersionUID = 1L;
    }
}
