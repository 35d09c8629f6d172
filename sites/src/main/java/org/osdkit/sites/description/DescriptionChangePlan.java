package org.osdkit.sites.description;

import java.nio.file.Path;
import java.util.List;
import org.osdkit.core.SiteCode;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.sites.ConfigMgrVersion;

/**
 * Exactly what a description change will do, checked against every precondition: the one line that
 * changes (before and after), where its value sits in the file, the backup's name and the steps: the
 * detailed view of the one {@link #operation()} a what-if run lists and {@code --confirm} asks about.
 *
 * @param controlFile the file that will change
 * @param foundAs     how the file was found (notes the {@code .cto} spelling when that is the name)
 * @param site        the site
 * @param version     the ConfigMgr version the edit was judged for
 * @param oldValue    the description now
 * @param newValue    the description after
 * @param line        the line holding the description
 * @param oldLine     that line now
 * @param newLine     that line after
 * @param byteOffset  offset of the description's first byte in the file
 * @param sha256      the file's hash when read (the edit aborts if it differs at write time)
 * @param backupFile  where the backup copy goes
 * @param steps       the steps, in order, for the what-if listing
 * @param revertOf    the change this one reverts, or {@code null}
 */
public record DescriptionChangePlan(Path controlFile, String foundAs, SiteCode site, ConfigMgrVersion version, String oldValue, String newValue,
                                    int line, String oldLine, String newLine, long byteOffset, String sha256, Path backupFile,
                                    List<String> steps, Long revertOf) {

    public DescriptionChangePlan {
        steps = List.copyOf(steps);
    }

    /** The operation of a change: {@code Set site description}, or {@code Revert site description change <id>} for a revert. */
    public static final String OPERATION = "Set site description";

    /**
     * This change as core's planned operation, on target {@code <site> in <control file>}: what a what-if
     * run records and a {@link org.osdkit.core.whatif.ShouldProcess} is asked before the site is touched.
     */
    public PlannedOperation operation() {
        return PlannedOperation.of(revertOf == null ? OPERATION : "Revert site description change " + revertOf, site + " in " + controlFile);
    }

    /** The offset just after the old description's last byte: {@code [byteOffset, byteEnd)} is what changes. */
    public long byteEnd() {
        return byteOffset + oldValue.length();
    }
}
