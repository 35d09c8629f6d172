package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.Severity;

/**
 * The result of scanning a driver source tree: every folder classified, with totals.
 *
 * @param root    the folder scanned
 * @param folders the folders holding INFs or installers, in path order
 */
public record ScanReport(Path root, List<ScannedFolder> folders) {

    public ScanReport {
        folders = List.copyOf(folders);
    }

    public Stream<ScannedInf> infs() {
        return folders.stream().flatMap(f -> f.infs().stream());
    }

    /** INF files that are drivers (Plug and Play or not). */
    public long drivers() {
        return infs().filter(i -> i.kind().isDriver()).count();
    }

    public long templates() {
        return infs().filter(i -> i.kind() == InfKind.TEMPLATE).count();
    }

    public long notDrivers() {
        return infs().filter(i -> i.kind() == InfKind.NOT_AN_INF).count();
    }

    /** Folders to package as applications (setup-based drivers). */
    public long applications() {
        return folders.stream().filter(f -> f.kind() == FolderKind.HARDWARE_APPLICATION).count();
    }

    /** Models lines of the driver INFs, for every platform. */
    public long models() {
        return infs().filter(i -> i.kind().isDriver()).mapToLong(ScannedInf::models).sum();
    }

    /** Distinct hardware IDs (ignoring case) the driver INFs cover. */
    public long hardwareIds() {
        Set<String> ids = new HashSet<>();
        infs().filter(i -> i.kind().isDriver()).forEach(i -> i.hardwareIds().forEach(id -> ids.add(id.toUpperCase(Locale.ROOT))));
        return ids.size();
    }

    public long findings(Severity severity) {
        return Stream.concat(infs().flatMap(i -> i.findings().stream()), folders.stream().flatMap(f -> f.findings().stream()))
                .map(InfFinding::severity).filter(severity::equals).count();
    }
}
