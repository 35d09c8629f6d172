package org.osdkit.sites.hierarchy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * Reads a hierarchy from a folder of site control files (one site per {@code *.ct0}) or from a
 * YAML/JSON description, and checks it against {@link HierarchyRules}. Reads only; stores nothing.
 */
public final class ReadHierarchy {

    private ReadHierarchy() {
    }

    public static SiteHierarchy from(Path source) {
        if (Files.isDirectory(source)) {
            HierarchyDescriptionReader.Result read = ControlFileFolderReader.read(source);
            return SiteHierarchy.of(read.sites(), read.problems());
        }
        if (!Files.isRegularFile(source)) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, source + " does not exist.",
                    "Give a folder of site control files or a hierarchy file (.yaml, .yml, .json).");
        }
        HierarchyDescriptionReader.Result read = HierarchyDescriptionReader.read(source);
        return SiteHierarchy.of(read.sites(), read.problems());
    }
}
