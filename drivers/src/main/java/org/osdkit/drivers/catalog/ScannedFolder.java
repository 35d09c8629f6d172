package org.osdkit.drivers.catalog;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.Architecture;
import org.osdkit.drivers.inf.InfFinding;

/**
 * One folder of a driver source tree and what it holds.
 *
 * @param relativePath   folder relative to the scanned root ({@code ""} for the root)
 * @param kind           INF driver, hardware application, template or not a driver
 * @param infs           the INF and INX files in it
 * @param installers     setup programs, MSIs and scripts found (file names)
 * @param installCommand the command line to package a hardware application with, when one was detected
 * @param findings       problems with the folder itself (links leaving the source tree)
 */
public record ScannedFolder(String relativePath, FolderKind kind, List<ScannedInf> infs, List<String> installers,
                            Optional<String> installCommand, List<InfFinding> findings) {

    public ScannedFolder {
        infs = List.copyOf(infs);
        installers = List.copyOf(installers);
        findings = List.copyOf(findings);
    }

    public List<ScannedInf> drivers() {
        return infs.stream().filter(i -> i.kind().isDriver()).toList();
    }

    /** Distinct hardware IDs the folder's drivers cover. */
    public Set<String> hardwareIds() {
        Set<String> out = new LinkedHashSet<>();
        drivers().forEach(d -> out.addAll(d.hardwareIds()));
        return out;
    }

    public Set<Architecture> architectures() {
        Set<Architecture> out = EnumSet.noneOf(Architecture.class);
        drivers().forEach(d -> out.addAll(d.architectures()));
        return out;
    }

    /** Decorations of the models sections the folder's drivers offer devices in. */
    public Set<String> platforms() {
        Set<String> out = new LinkedHashSet<>();
        drivers().forEach(d -> out.addAll(d.platforms()));
        return out;
    }
}
