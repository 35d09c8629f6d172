package org.osdkit.drivers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.osdkit.core.OsdkitException;

/**
 * The content of a package source folder: one folder per driver named by its hash, holding the INF
 * and its files, and the manifest {@value DriverPackage#MANIFEST}. Every copy is verified by hash;
 * a driver folder appears only complete (copied under a temporary name, then renamed).
 */
final class PackageContent {

    private static final String PARTIAL = ".partial";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageContent() {
    }

    /** Copies a driver's content into the package unless it is already there intact; true when copied. */
    static boolean copyDriver(DriverDetail d, Path packageFolder) throws IOException {
        Path target = Confined.resolve(packageFolder, d.driver().driverHash());
        if (Files.isDirectory(target) && intact(target, d.files())) {
            return false;
        }
        Path staging = Confined.resolve(packageFolder, d.driver().driverHash() + PARTIAL);
        Confined.deleteTree(packageFolder, staging);
        Path sourceFolder = Path.of(d.driver().sourceFolder()).resolve(d.driver().infPath()).normalize().getParent();
        for (DriverFile f : d.files()) {
            Path from = Confined.resolve(sourceFolder, f.relativePath());
            Path to = Confined.resolve(staging, f.relativePath());
            Files.createDirectories(to.getParent());
            String sha = copyHashing(from, to, d);
            if (!sha.equals(f.sha256())) {
                throw new OsdkitException(DriverErrors.SOURCE_CHANGED, from + " changed since the driver " + d.driver().infName() + " (" + d.driver().shortHash()
                        + ") was imported; its content no longer matches the catalog.", "Re-import the model's sources, then build the package again.");
            }
        }
        Confined.deleteTree(packageFolder, target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static String copyHashing(Path from, Path to, DriverDetail d) throws IOException {
        if (!Files.isRegularFile(from)) {
            throw new OsdkitException(DriverErrors.SOURCE_CHANGED, from + " is gone: the source of " + d.driver().infName() + " was moved or deleted after import.",
                    "Restore the source folder " + d.driver().sourceFolder() + " or re-import the drivers from where they are now.");
        }
        MessageDigest sha = FileHasher.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** True when every file is there with its size and hash. */
    static boolean intact(Path folder, List<DriverFile> files) throws IOException {
        for (DriverFile f : files) {
            Path p = Confined.resolve(folder, f.relativePath());
            if (!Files.isRegularFile(p) || Files.size(p) != f.size() || !FileHasher.hash(p).sha256().equals(f.sha256())) {
                return false;
            }
        }
        return true;
    }

    static void removeDriver(Path packageFolder, String driverHash) throws IOException {
        Confined.deleteTree(packageFolder, Confined.resolve(packageFolder, driverHash));
    }

    /** Writes the manifest atomically, keeping the previous one as {@code .bak}. */
    static void writeManifest(Path folder, DriverPackage p, List<DriverDetail> drivers) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("PackageID", p.id().value());
        root.put("Name", p.name());
        root.put("Manufacturer", p.model().manufacturer());
        root.put("Model", p.model().model());
        root.put("SKU", p.model().sku());
        root.put("OS", p.os().name());
        root.put("OSVersion", p.os().version());
        root.put("Architecture", p.os().architecture().label());
        root.put("SourceVersion", p.sourceVersion());
        root.put("Updated", p.updated().toString());
        ArrayNode list = root.putArray("Drivers");
        for (DriverDetail d : drivers) {
            ObjectNode n = list.addObject();
            n.put("Hash", d.driver().driverHash());
            n.put("Inf", d.driver().driverHash() + "/" + d.driver().infName());
            n.put("Name", d.driver().name());
            n.put("Provider", d.driver().provider());
            n.put("Class", d.driver().className());
            n.put("DriverDate", d.driver().driverVer().date() == null ? null : d.driver().driverVer().date().toString());
            n.put("DriverVersion", d.driver().driverVer().version() == null ? null : d.driver().driverVer().version().toString());
            n.put("Signed", d.driver().signed());
            ArrayNode ids = n.putArray("HardwareIDs");
            d.modelsFor(p.os()).stream().map(CatalogModel::hardwareId).distinct().forEach(ids::add);
            ArrayNode files = n.putArray("Files");
            for (DriverFile f : d.files()) {
                files.addObject().put("Path", d.driver().driverHash() + "/" + f.relativePath()).put("Size", f.size()).put("SHA256", f.sha256());
            }
        }
        Path manifest = folder.resolve(DriverPackage.MANIFEST);
        Path temp = folder.resolve(DriverPackage.MANIFEST + ".tmp");
        JSON.writeValue(temp.toFile(), root);
        if (Files.exists(manifest)) {
            Files.copy(manifest, folder.resolve(DriverPackage.MANIFEST + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The content files a manifest lists, with the manifest itself first: what a distribution point must hold. */
    static List<DriverFile> manifestFiles(Path folder) throws IOException {
        Path manifest = folder.resolve(DriverPackage.MANIFEST);
        var tree = JSON.readTree(manifest.toFile());
        java.util.ArrayList<DriverFile> out = new java.util.ArrayList<>();
        out.add(new DriverFile(DriverPackage.MANIFEST, Files.size(manifest), FileHasher.hash(manifest).sha256()));
        for (var driver : tree.path("Drivers")) {
            for (var f : driver.path("Files")) {
                out.add(new DriverFile(f.path("Path").asText(), f.path("Size").asLong(), f.path("SHA256").asText()));
            }
        }
        return out;
    }

    /** The PackageID written in a folder's manifest, if it has one. */
    static java.util.Optional<String> manifestOwner(Path folder) {
        Path manifest = folder.resolve(DriverPackage.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(JSON.readTree(manifest.toFile()).path("PackageID").asText()).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return java.util.Optional.of("(unreadable manifest)");
        }
    }
}
