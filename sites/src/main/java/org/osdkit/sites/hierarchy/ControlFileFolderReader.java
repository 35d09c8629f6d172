package org.osdkit.sites.hierarchy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.controlfile.SiteDefinition;

/**
 * Reads one site per site control file found under a folder (for example copies collected from each
 * site server): {@code *.ct0} and {@code *.cto}, skipping the inboxes' {@code history} and
 * {@code incoming} folders.
 */
final class ControlFileFolderReader {

    private static final int MAX_DEPTH = 10;

    private ControlFileFolderReader() {
    }

    public static HierarchyDescriptionReader.Result read(Path folder) {
        List<Site> sites = new ArrayList<>();
        List<HierarchyProblem> problems = new ArrayList<>();
        for (Path file : controlFiles(folder)) {
            SiteControlFile scf;
            try {
                scf = SiteControlFile.read(file);
            } catch (OsdkitException e) {
                problems.add(HierarchyProblem.warning(null, e.getMessage()));
                continue;
            }
            if (!scf.fullyParsed()) {
                problems.add(HierarchyProblem.warning(null, file + ": " + scf.describeProblems(3)));
            }
            if (scf.siteDefinition().isEmpty()) {
                problems.add(HierarchyProblem.warning(null, file + ": no readable site definition; skipped"));
                continue;
            }
            SiteDefinition def = scf.siteDefinition().get();
            if (def.siteType() == null) {
                problems.add(HierarchyProblem.error(def.siteCode(), file + " line " + def.line() + ": the site type of " + def.siteCode()
                        + " is not 1, 2 or 4; skipped"));
                continue;
            }
            sites.add(new Site(def.siteCode(), def.siteName(), def.siteType(), def.parentSiteCode(), def.siteServer(), def.productVersion(), file.toString()));
        }
        if (sites.isEmpty() && problems.isEmpty()) {
            problems.add(HierarchyProblem.warning(null, folder + " holds no site control file (*.ct0)"));
        }
        return new HierarchyDescriptionReader.Result(sites, problems);
    }

    private static List<Path> controlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".ct0") || name.endsWith(".cto");
                    })
                    .filter(f -> !inSkippedFolder(folder.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, "Cannot list " + folder + ": " + e.getMessage() + ".", "Check the path.", e);
        }
    }

    private static boolean inSkippedFolder(Path relative) {
        if (relative.getParent() == null) {
            return false;
        }
        for (Path part : relative.getParent()) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (name.equals("history") || name.equals("incoming")) {
                return true;
            }
        }
        return false;
    }
}
