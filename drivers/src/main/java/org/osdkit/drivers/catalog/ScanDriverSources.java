package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfFolder;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.InfLint;
import org.osdkit.drivers.inf.InfRule;

/**
 * Scans a model's driver sources ({@code _OriginalSources_\<OS>\<Model>}): every folder with INFs or
 * installers is classified as INF driver, hardware application, template or not a driver, with the
 * devices it covers, its OS and architecture applicability and its lint findings; a hashing scan also
 * gives each driver its catalog identity. Reads only; folders are scanned in parallel and the
 * listener is called from one thread at a time.
 */
public final class ScanDriverSources {

    private final Optional<FileHasher> hasher;

    /** A scan that classifies and lints. */
    public ScanDriverSources() {
        this(Optional.empty());
    }

    private ScanDriverSources(Optional<FileHasher> hasher) {
        this.hasher = hasher;
    }

    /** A scan that also hashes each driver's INF and file closure into its identity, as an import would. */
    public static ScanDriverSources hashing(FileHasher hasher) {
        return new ScanDriverSources(Optional.of(hasher));
    }

    public ScanReport scan(Path root, ScanListener listener) {
        Path base = SourceTree.requireFolder(root);
        List<SourceTree.Folder> relevant = SourceTree.walk(base).stream()
                .filter(f -> !f.infs().isEmpty() || !f.findings().isEmpty() || InstallerDetector.hasInstaller(f.files())).toList();
        // Folders are independent: they are parsed on every core, and the report keeps path order.
        AtomicInteger done = new AtomicInteger();
        List<ScannedFolder> folders = relevant.parallelStream().map(folder -> {
            ScannedFolder scanned = scanFolder(base, folder);
            synchronized (done) {
                listener.folderDone(done.incrementAndGet(), relevant.size(), folder.relativePath());
            }
            return scanned;
        }).toList();
        return new ScanReport(base, folders);
    }

    private ScannedFolder scanFolder(Path base, SourceTree.Folder folder) {
        InfFolder infFolder = InfFolder.of(folder.dir());
        List<ScannedInf> infs = new ArrayList<>();
        for (Path path : folder.infs()) {
            ParsedInf parsed = parse(base, path, infFolder);
            infs.add(hasher.isPresent() && parsed.summary().kind().isDriver() ? identified(parsed, path, infFolder) : parsed.summary());
        }
        InstallerDetector.Installer installer = InstallerDetector.detect(folder.files(), folder.infs());
        return new ScannedFolder(folder.relativePath(), classify(infs, installer), infs, installer.files(), installer.command(), folder.findings());
    }

    private ScannedInf identified(ParsedInf parsed, Path path, InfFolder folder) {
        try {
            DriverIdentity identity = DriverIdentity.compute(path, DriverIdentity.closure(parsed.inf(), folder), folder, hasher.orElseThrow());
            return ScannedInf.of(parsed.summary().relativePath(), parsed.inf(), parsed.summary().findings(), Optional.of(identity));
        } catch (IOException e) {
            List<InfFinding> findings = new ArrayList<>(parsed.summary().findings());
            findings.add(new InfFinding(InfRule.UNREADABLE, parsed.summary().relativePath(), 0, "Cannot hash the driver's files: " + e.getMessage() + "."));
            return ScannedInf.of(parsed.summary().relativePath(), parsed.inf(), findings, Optional.empty());
        }
    }

    /** A parsed INF with its summary; the parsed file is kept only while one driver is being imported. */
    record ParsedInf(InfFile inf, ScannedInf summary) {
    }

    static ParsedInf parse(Path base, Path path, InfFolder folder) {
        String relative = SourceTree.relative(base, path);
        InfFile inf;
        List<InfFinding> findings;
        try {
            inf = InfFile.parse(path);
            findings = new ArrayList<>(InfLint.check(inf, folder));
            findings.addAll(CatalogLimits.check(inf, relative));
        } catch (UncheckedIOException e) {
            inf = InfFile.parse(new byte[0], relative);
            findings = List.of(new InfFinding(InfRule.UNREADABLE, relative, 0, "Cannot read " + relative + ": " + e.getMessage() + "."));
        }
        return new ParsedInf(inf, ScannedInf.of(relative, inf, findings, Optional.empty()));
    }

    private static FolderKind classify(List<ScannedInf> infs, InstallerDetector.Installer installer) {
        if (infs.stream().anyMatch(i -> i.kind().isDriver() && i.importBlocker().isEmpty())) {
            return FolderKind.INF_DRIVER;
        }
        if (!installer.files().isEmpty() || installer.command().isPresent()) {
            return FolderKind.HARDWARE_APPLICATION;
        }
        if (infs.stream().anyMatch(i -> i.kind() == InfKind.TEMPLATE)) {
            return FolderKind.TEMPLATE;
        }
        return infs.stream().anyMatch(i -> i.kind().isDriver()) ? FolderKind.INF_DRIVER : FolderKind.NOT_A_DRIVER;
    }
}
