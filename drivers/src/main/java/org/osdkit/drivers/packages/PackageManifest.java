package org.osdkit.drivers.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osdkit.drivers.catalog.CatalogModel;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;

/**
 * The manifest {@value DriverPackage#MANIFEST} osdkit writes into every package source folder: which
 * package owns the folder, and every content file with its size and SHA-256, which is what a
 * distribution point must end up holding.
 */
public final class PackageManifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageManifest() {
    }

    /** The content files the manifest in {@code folder} lists, with the manifest itself first. */
    public static List<DriverFile> files(Path folder) throws IOException {
        Path manifest = folder.resolve(DriverPackage.MANIFEST);
        JsonNode tree = JSON.readTree(manifest.toFile());
        List<DriverFile> out = new ArrayList<>();
        out.add(new DriverFile(DriverPackage.MANIFEST, Files.size(manifest), FileHasher.hash(manifest).sha256()));
        for (JsonNode driver : tree.path("Drivers")) {
            for (JsonNode f : driver.path("Files")) {
                out.add(new DriverFile(f.path("Path").asText(), f.path("Size").asLong(), f.path("SHA256").asText()));
            }
        }
        return out;
    }

    /** The PackageID written in {@code folder}'s manifest, if it has one. */
    public static Optional<String> owner(Path folder) {
        Path manifest = folder.resolve(DriverPackage.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(manifest.toFile()).path("PackageID").asText()).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return Optional.of("(unreadable manifest)");
        }
    }

    /** Writes the manifest atomically, keeping the previous one as {@code .bak}. */
    static void write(Path folder, DriverPackage p, List<DriverDetail> drivers) throws IOException {
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
}
