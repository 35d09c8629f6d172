package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfFolder;
import org.osdkit.drivers.inf.InfValue;
import org.osdkit.drivers.inf.SourceFile;

/**
 * A driver's identity: the SHA-256 of its INF plus the SHA-256 of its file closure (catalog files and
 * every SourceDisksFiles entry present, sorted by path). Two INFs in one folder are two drivers
 * sharing content (equal {@code contentHash}); the same INF and files anywhere else are the same driver.
 *
 * @param driverHash  the identity
 * @param infHash     SHA-256 of the INF's bytes
 * @param contentHash SHA-256 over the closure's binaries (neither the INF nor catalogs): equal for INFs sharing content;
 *                    the INF's own hash when the driver has no binaries (so empty payloads never look shared)
 * @param files       the closure, the INF first
 */
public record DriverIdentity(String driverHash, String infHash, String contentHash, List<DriverFile> files) {

    private static final String VERSION_TAG = "osdkit-driver-v1";

    public DriverIdentity {
        files = List.copyOf(files);
    }

    /** The relative paths of the closure, relative to the INF's folder, for an INF as parsed. */
    public static List<String> closure(InfFile inf, InfFolder folder) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (InfValue catalog : inf.version().catalogFiles().values()) {
            folder.find(catalog.text()).ifPresent(p -> paths.putIfAbsent(catalog.text().toLowerCase(Locale.ROOT), catalog.text()));
        }
        for (SourceFile file : inf.sourceFiles()) {
            if (folder.exists(file.relativePath())) {
                paths.putIfAbsent(file.relativePath().toLowerCase(Locale.ROOT), file.relativePath());
            }
        }
        return new ArrayList<>(paths.values());
    }

    /** Hashes the INF at {@code infPath} and the closure files beside it. */
    public static DriverIdentity compute(Path infPath, List<String> closure, FileHasher hasher) throws IOException {
        return compute(infPath, closure, InfFolder.of(infPath.getParent()), hasher);
    }

    /** As {@link #compute(Path, List, FileHasher)}, reusing the folder lookup that found the closure. */
    public static DriverIdentity compute(Path infPath, List<String> closure, InfFolder lookup, FileHasher hasher) throws IOException {
        Path folder = infPath.getParent();
        FileDigest infDigest = hasher.digest(infPath);
        List<DriverFile> files = new ArrayList<>();
        files.add(new DriverFile(infPath.getFileName().toString(), infDigest.size(), infDigest.sha256()));
        List<DriverFile> rest = new ArrayList<>();
        for (String relative : closure) {
            Path actual = lookup.find(relative).orElseThrow(() -> new IOException(relative + " vanished from " + folder));
            FileDigest d = hasher.digest(actual);
            rest.add(new DriverFile(SourceTree.relative(folder, actual), d.size(), d.sha256()));
        }
        rest.sort(Comparator.comparing(f -> f.relativePath().toLowerCase(Locale.ROOT)));
        files.addAll(rest);
        MessageDigest closureDigest = FileHasher.sha256();
        MessageDigest content = FileHasher.sha256();
        boolean payload = false;
        for (DriverFile f : rest) {
            byte[] line = (f.relativePath().toLowerCase(Locale.ROOT) + "\0" + f.sha256() + "\n").getBytes(StandardCharsets.UTF_8);
            closureDigest.update(line);
            // A catalog signs one INF; the binaries are what INFs of one folder share.
            if (!f.relativePath().toLowerCase(Locale.ROOT).endsWith(".cat")) {
                content.update(line);
                payload = true;
            }
        }
        // Without binaries of its own (an INF using inbox files, like qemupciserial.inf) the INF is the whole
        // content: the SHA-256 of nothing would make every such driver "share" one content.
        String contentHash = payload ? HexFormat.of().formatHex(content.digest()) : infDigest.sha256();
        String closureHash = HexFormat.of().formatHex(closureDigest.digest());
        String driverHash = FileHasher.sha256Hex((VERSION_TAG + "\n" + infDigest.sha256() + "\n" + closureHash).getBytes(StandardCharsets.UTF_8));
        return new DriverIdentity(driverHash, infDigest.sha256(), contentHash, files);
    }
}
