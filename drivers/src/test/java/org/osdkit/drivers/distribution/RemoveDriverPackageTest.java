package org.osdkit.drivers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.PackageWorkflowFixture;

/** Removing a driver package takes down only what osdkit wrote, and journals each deletion. */
class RemoveDriverPackageTest extends PackageWorkflowFixture {

    private Path packageFolder() {
        return shareFolder.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
    }

    @Test
    void removalDeletesOnlyWhatOsdkitWroteAndJournalsIt() throws IOException {
        DriverPackage p = create().create(r61(List.of(), false)).driverPackage();
        Files.writeString(packageFolder().resolve("admin-notes.txt"), "keep me");
        new RemoveDriverPackage(storage.packages(), storage.distribution(), audit).remove(p.id(), false, ShouldProcess.always());
        assertTrue(storage.packages().find(p.id()).isEmpty());
        try (Stream<Path> left = Files.list(packageFolder())) {
            assertEquals(List.of("admin-notes.txt"), left.map(x -> x.getFileName().toString()).toList());
        }
        assertTrue(journal.actions().contains("drivers.package.remove"));
        assertEquals(7, journal.actions().stream().filter("drivers.package.remove.content"::equals).count(), "six driver folders and the manifest");
    }

    @Test
    void aWhatIfRunPlansEveryDeletionAndChangesNothing() {
        DriverPackage p = create().create(r61(List.of(), false)).driverPackage();
        WhatIfRecorder plan = new WhatIfRecorder();
        PackageRemoval removal = new RemoveDriverPackage(storage.packages(), storage.distribution(), audit).remove(p.id(), false, plan);
        assertFalse(removal.recordRemoved());
        List<String> lines = plan.plan().whatIfLines();
        assertEquals(6 + 2 + 1, lines.size(), lines.toString());
        assertEquals("What if: Performing the operation \"Remove driver content\" on target \"" + p.source() + "\\" + p.drivers().get(0) + "\".", lines.get(0));
        assertTrue(lines.get(8).startsWith("What if: Performing the operation \"Remove driver package " + p.id() + " ("), lines.get(8));
        assertTrue(storage.packages().find(p.id()).isPresent());
        assertTrue(Files.isDirectory(packageFolder().resolve(p.drivers().get(0))));
    }

    @Test
    void aDeclinedFolderStaysAndSoDoTheManifestAndTheRecord() {
        DriverPackage p = create().create(r61(List.of(), false)).driverPackage();
        String kept = p.drivers().get(2);
        List<PlannedOperation> asked = new ArrayList<>();
        ShouldProcess allButOne = change -> asked.add(change) && !change.target().endsWith(kept);
        PackageRemoval removal = new RemoveDriverPackage(storage.packages(), storage.distribution(), audit).remove(p.id(), false, allButOne);
        assertEquals(6, asked.size(), "one question per driver folder; the manifest and the record are not asked about once one was declined");
        assertFalse(removal.recordRemoved());
        assertFalse(removal.failed());
        assertEquals(5, removal.steps().stream().filter(RemovalStep::deleted).count());
        assertTrue(Files.isDirectory(packageFolder().resolve(kept)));
        assertTrue(Files.isRegularFile(packageFolder().resolve(DriverPackage.MANIFEST)), "the folder still says whose content it holds");
        assertTrue(storage.packages().find(p.id()).isPresent());
    }
}
