package org.osdkit.drivers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osdkit.core.whatif.ShouldProcess;
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
}
