package org.osdkit.drivers;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfFolder;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.InfLint;
import org.osdkit.drivers.inf.InfRule;

/**
 * Scans a model's driver sources ({@code _OriginalSources_\<OS>\<Model>}): every folder with INFs or
 * installers is classified as INF driver, hardware application, template or not a driver, with the
 * devices it covers, its OS and architecture applicability and its lint findings. Reads only.
 */
public final class ScanDriverSources {

    public ScanReport scan(Path root, ScanListener listener) {
        List<SourceTree.Folder> tree = SourceTree.walk(root);
        Path base = SourceTree.requireFolder(root);
        List<SourceTree.Folder> relevant = tree.stream().filter(f -> !f.infs().isEmpty() || !f.findings().isEmpty()
                || !InstallerDetector.detect(f.files(), f.infs()).files().isEmpty()).toList();
        List<ScannedFolder> folders = new ArrayList<>();
        int done = 0;
        for (SourceTree.Folder folder : relevant) {
            folders.add(scanFolder(base, folder));
            listener.folderDone(++done, relevant.size(), folder.relativePath());
        }
        return new ScanReport(base, folders);
    }

    static ScannedFolder scanFolder(Path base, SourceTree.Folder folder) {
        InfFolder infFolder = InfFolder.of(folder.dir());
        List<ScannedInf> infs = new ArrayList<>();
        for (Path path : folder.infs()) {
            infs.add(scanInf(base, path, infFolder));
        }
        InstallerDetector.Installer installer = InstallerDetector.detect(folder.files(), folder.infs());
        return new ScannedFolder(folder.relativePath(), classify(infs, installer), infs, installer.files(), installer.command(), folder.findings());
    }

    static ScannedInf scanInf(Path base, Path path, InfFolder folder) {
        String relative = SourceTree.relative(base, path);
        try {
            InfFile inf = InfFile.parse(path);
            return new ScannedInf(relative, inf, InfLint.check(inf, folder));
        } catch (UncheckedIOException e) {
            InfFile empty = InfFile.parse(new byte[0], relative);
            return new ScannedInf(relative, empty, List.of(new InfFinding(InfRule.UNREADABLE, relative, 0, "Cannot read " + relative + ": " + e.getMessage() + ".")));
        }
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

    /** The report's folders of one kind, for callers that only want e.g. the application candidates. */
    public static List<ScannedFolder> ofKind(ScanReport report, FolderKind kind) {
        return report.folders().stream().filter(f -> f.kind() == kind).toList();
    }

    static Optional<ScannedInf> driver(ScannedFolder folder, String relativePath) {
        return folder.infs().stream().filter(i -> i.relativePath().equals(relativePath)).findFirst();
    }
}
