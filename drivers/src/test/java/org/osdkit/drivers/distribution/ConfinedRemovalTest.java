package org.osdkit.drivers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.UncPath;
import org.osdkit.core.testing.BindMounts;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageWorkflowFixture;

/**
 * A package removal never deletes through a real link or mount point: what lies outside the share
 * (reached through a link) or is mounted inside a DP's copy stays byte for byte, the removal fails with
 * the reason, and the package is kept so that a later removal can finish.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ConfinedRemovalTest extends PackageWorkflowFixture {

    @TempDir
    Path dpShare;
    @TempDir
    Path outside;

    DriverPackage p;
    private final BindMounts mounts = new BindMounts();

    @BeforeEach
    void packageOnADp() {
        p = create().create(r61(List.of(), false)).driverPackage();
        new RegisterDistributionPoint(storage.distribution(), audit).register("dp01.contoso.com", PS1, UncPath.of(dpShare));
        DistributionResult sent = distribute().distribute(p.id(), List.of("dp01.contoso.com"), List.of(), ShouldProcess.always(), DistributionListener.NONE).get(0);
        assertEquals(DistributionState.DISTRIBUTED, sent.state(), sent.message());
    }

    @AfterEach
    void unmount() throws Exception {
        // Before @TempDir's cleanup, so that it never walks into the mounted tree.
        mounts.close();
    }

    DistributePackage distribute() {
        return new DistributePackage(storage.packages(), storage.distribution(), audit);
    }

    PackageRemoval remove() {
        return new RemoveDriverPackage(storage.packages(), storage.distribution(), audit).remove(p.id(), false, ShouldProcess.always());
    }

    @Test
    void aPackageFolderThatIsALinkLeadingOutOfTheShareIsNotDeletedThrough() throws IOException {
        Path folder = p.source().toPath();
        Path moved = Files.move(folder, outside.resolve("R61-8935CTO"));
        Files.createSymbolicLink(folder, moved);
        Map<String, String> before = hashes(moved);

        PackageRemoval removal = remove();

        assertTrue(removal.failed(), removal.toString());
        assertFalse(removal.recordRemoved());
        String reason = removal.failures().get(0).reason();
        assertTrue(reason.contains("resolves to " + moved.toRealPath()) && reason.contains("outside"), reason);
        assertEquals(before, hashes(moved), "nothing outside the driver share was touched");
        assertTrue(storage.packages().find(p.id()).isPresent(), "the package is kept, so a later removal can finish");
        assertTrue(journal.entries.stream().anyMatch(e -> e.action().equals("drivers.package.remove") && e.outcome().startsWith("failed: ")));
    }

    @Test
    void aDriverFolderThatIsALinkIsRefusedAndWhatItPointsToStays() throws IOException {
        Path driver = p.source().toPath().resolve(p.drivers().get(0));
        Path moved = Files.move(driver, outside.resolve("elsewhere"));
        Files.createSymbolicLink(driver, moved);
        Map<String, String> before = hashes(moved);

        PackageRemoval removal = remove();

        assertTrue(removal.failed());
        assertTrue(removal.failures().get(0).reason().contains("is a symbolic link"), removal.failures().get(0).reason());
        assertEquals(before, hashes(moved));
        assertTrue(Files.exists(driver, LinkOption.NOFOLLOW_LINKS), "the link itself stays: it was named as a folder, and is not one");
        assertTrue(Files.isRegularFile(p.source().toPath().resolve(DriverPackage.MANIFEST)), "the manifest stays while content is left");
        assertTrue(storage.packages().find(p.id()).isPresent());
    }

    @Test
    void aLinkInsideADriverFolderIsRemovedAsALink() throws IOException {
        Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(p.source().toPath().resolve(p.drivers().get(0)).resolve("out"), outside);
        PackageRemoval removal = remove();
        assertFalse(removal.failed(), removal.toString());
        assertTrue(removal.recordRemoved());
        assertEquals("keep me", Files.readString(outside.resolve("precious.txt")));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aBindMountInsideADpCopyIsLeftAloneAndTheRemovalFails() throws Exception {
        Path copy = dpShare.resolve(p.id().value());
        Path mountPoint = Files.createDirectories(copy.resolve("mnt"));
        Path theirs = Files.createDirectories(outside.resolve("theirs"));
        Files.writeString(theirs.resolve("data.bin"), "keep me");
        Files.createDirectories(theirs.resolve("deep"));
        Files.writeString(theirs.resolve("deep").resolve("more.bin"), "keep me too");
        mounts.bind(theirs, mountPoint);

        PackageRemoval removal = remove();

        assertTrue(removal.failed());
        String reason = removal.failures().get(0).reason();
        assertTrue(reason.contains(mountPoint.toRealPath() + " is a mount point") && reason.contains("left alone"), reason);
        assertEquals("keep me", Files.readString(theirs.resolve("data.bin")));
        assertEquals("keep me too", Files.readString(theirs.resolve("deep").resolve("more.bin")));
        assertFalse(Files.exists(copy.resolve(DriverPackage.MANIFEST)), "the copy's own files are deleted");
        assertTrue(storage.packages().find(p.id()).isPresent(), "the package is kept");
        assertTrue(journal.entries.stream().anyMatch(e -> e.action().equals("drivers.package.remove.dp") && e.outcome().contains("mount point")));
    }

    /** Relative path -> SHA-256 of every file under {@code root}. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), FileHasher.hash(f).sha256());
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
