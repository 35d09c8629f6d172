package org.osdkit.drivers.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.FakeDriver;
import org.osdkit.drivers.catalog.R61Sources;

class DriverPackageTest extends PackageWorkflowFixture {

    private Path packageFolder() {
        return shareFolder.resolve("SCCM_Driver_Packages").resolve("XP").resolve("R61-8935CTO");
    }

    @Test
    void createsTheR61PackageInTheAdminsFolderConvention() throws IOException {
        PackageBuild build = create().create(r61(List.of(), false));
        DriverPackage p = build.driverPackage();
        assertEquals(PackageId.of("PS100001"), p.id());
        assertEquals("Drivers - Lenovo R61 8935CTO - XP x86", p.name());
        assertEquals(UncPath.of(packageFolder()), p.source());
        assertEquals(1, p.sourceVersion(), "one version for the whole build, not one per driver");
        assertEquals(6, p.drivers().size());
        try (Stream<Path> entries = Files.list(packageFolder())) {
            Set<String> names = entries.map(e -> e.getFileName().toString()).collect(Collectors.toSet());
            assertTrue(names.containsAll(p.drivers()), names.toString());
            assertTrue(names.contains(DriverPackage.MANIFEST));
        }
        String network = hashOf("Network/e1e5132.inf");
        assertEquals("e1000 binary", Files.readString(packageFolder().resolve(network).resolve("e1e5132.sys")));
        assertTrue(Files.isRegularFile(packageFolder().resolve(network).resolve("e1e5132.inf")));
        JsonNode manifest = new ObjectMapper().readTree(packageFolder().resolve(DriverPackage.MANIFEST).toFile());
        assertEquals("PS100001", manifest.get("PackageID").asText());
        assertEquals(6, manifest.get("Drivers").size());
        assertEquals(1, manifest.get("SourceVersion").asInt());
        assertTrue(manifest.toString().contains(R61Sources.NETWORK_HWID.replace("\\", "\\\\")));
    }

    @Test
    void warnsAboutUnsignedAndStorageDriversAndSkipsOtherArchitectures() {
        PackageBuild build = create().create(r61(List.of(), false));
        assertTrue(build.warnings().stream().anyMatch(w -> w.startsWith("cxmodem.inf") && w.contains("unsigned")), build.warnings().toString());
        assertTrue(build.warnings().stream().anyMatch(w -> w.startsWith("iastor.inf") && w.contains("INACCESSIBLE_BOOT_DEVICE")), build.warnings().toString());
        assertTrue(build.skipped().stream().anyMatch(s -> s.startsWith("netw4x64.inf") && s.contains("architecture or OS mismatch") && s.contains("NTamd64")),
                build.skipped().toString());
        assertFalse(build.driverPackage().drivers().contains(hashOf("Wireless/netw4x64.inf")));
    }

    @Test
    void perModelExclusionsKeepADriverOut() {
        PackageBuild build = create().create(r61(List.of("iastor.inf", R61Sources.AUDIO_HWID.toLowerCase()), false));
        assertEquals(4, build.driverPackage().drivers().size());
        assertTrue(build.skipped().stream().anyMatch(s -> s.startsWith("iastor.inf") && s.contains("excluded")));
        assertTrue(build.warnings().stream().noneMatch(w -> w.startsWith("iastor.inf")));
    }

    @Test
    void refusesAFolderThatIsNotEmptyOrBelongsToAnotherPackage() throws IOException {
        Files.createDirectories(packageFolder());
        Files.writeString(packageFolder().resolve("readme.txt"), "someone's notes");
        assertEquals(DriverErrors.PACKAGE_FOLDER_NOT_EMPTY, assertThrows(OsdkitException.class, () -> create().create(r61(List.of(), false))).code());
        Files.delete(packageFolder().resolve("readme.txt"));
        create().create(r61(List.of(), false));
        OsdkitException owned = assertThrows(OsdkitException.class, () -> create().create(r61(List.of(), false)));
        assertEquals(DriverErrors.PACKAGE_FOLDER_OWNED, owned.code());
        assertTrue(owned.getMessage().contains("PS100001"));
    }

    @Test
    void aShareThatDoesNotExistIsAClearError() {
        PackageRequest r = new PackageRequest(PS1, R61, XP, UncPath.of(shareFolder.resolve("missing")), List.of("R61-8935CTO"), List.of(), List.of(), null, null, false);
        OsdkitException e = assertThrows(OsdkitException.class, () -> create().create(r));
        assertEquals(DriverErrors.SHARE_NOT_FOUND, e.code());
        assertTrue(e.getMessage().contains("missing"));
    }

    @Test
    void whatIfChangesNothing() {
        PackageBuild plan = create().create(r61(List.of(), true));
        assertTrue(plan.plan().whatIfLines().get(0).startsWith("What if: Performing the operation \"Create driver package \"Drivers - Lenovo R61 8935CTO - XP x86\"\" on target"),
                plan.plan().whatIfLines().get(0));
        assertEquals(1 + 6 + 1, plan.plan().whatIfLines().size());
        assertFalse(Files.exists(packageFolder()));
        assertTrue(storage.packages().list().isEmpty());
        assertEquals(PackageId.of("PS100001"), storage.packages().allocate(PS1), "what-if allocated no ID");
    }

    @Test
    void aSourceChangedSinceImportFailsTheBuildAndLeavesNothingBehind() throws IOException {
        Files.writeString(sources.resolve("Video/nv4_disp.sys"), "tampered after import");
        OsdkitException e = assertThrows(OsdkitException.class, () -> create().create(r61(List.of(), false)));
        assertEquals(DriverErrors.SOURCE_CHANGED, e.code());
        assertTrue(storage.packages().list().isEmpty());
        assertFalse(Files.exists(packageFolder()));
    }

    @Test
    void updatesBumpTheVersionOncePerChangeAndNeverForNothing() throws IOException {
        DriverPackage p = create().create(r61(List.of(), false)).driverPackage();
        FakeDriver.named("tpbt").setupClass("Bluetooth", "{e0cbf06c-cd8b-4647-bb8a-263b43f0f974}").provider("Broadcom").decorations("NTx86")
                .model("ThinkPad Bluetooth with Enhanced Data Rate", "USB\\VID_0A5C&PID_2110").writeTo(sources.resolve("BluetoothInf"));
        importSources();
        PackageBuild refreshed = update().update(p.id(), PackageChange.refresh());
        assertEquals(2, refreshed.driverPackage().sourceVersion());
        assertEquals(List.of("tpbt.inf"), refreshed.added().stream().map(CatalogDriver::infName).toList());
        PackageBuild again = update().update(p.id(), PackageChange.refresh());
        assertFalse(again.changed());
        assertEquals(2, storage.packages().find(p.id()).orElseThrow().sourceVersion());
        String video = hashOf("Video/nv4_disp.inf");
        PackageBuild excluded = update().update(p.id(), new PackageChange(List.of(), List.of(), List.of(), List.of(), List.of("nv4_disp.inf"), List.of(), false));
        assertEquals(3, excluded.driverPackage().sourceVersion());
        assertEquals(List.of(video), excluded.removed());
        assertFalse(Files.exists(packageFolder().resolve(video)));
        assertEquals(List.of("nv4_disp.inf"), storage.packages().find(p.id()).orElseThrow().exclusions());
        assertTrue(Files.exists(packageFolder().resolve(DriverPackage.MANIFEST + ".bak")), "the previous manifest is kept");
    }
}
