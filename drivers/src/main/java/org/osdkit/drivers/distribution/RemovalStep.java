package org.osdkit.drivers.distribution;

import java.nio.file.Path;
import java.util.Objects;
import org.osdkit.core.files.DeletionOutcome;
import org.osdkit.core.files.DeletionResult;
import org.osdkit.core.whatif.PlannedOperation;

/**
 * One deletion of a package removal: a DP's copy, a driver folder, the manifest.
 *
 * @param change what was asked before it (one question may cover a DP's copy and its leftover staging folders)
 * @param path   the folder or file
 * @param result what the confined deletion did; {@code null} when the change was declined (or only planned)
 */
public record RemovalStep(PlannedOperation change, Path path, DeletionResult result) {

    public RemovalStep {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(path, "path");
    }

    /** The change was answered no, or only planned by a what-if run. */
    public boolean declined() {
        return result == null;
    }

    /** Something was there and is gone now. */
    public boolean deleted() {
        return result != null && result.outcome() == DeletionOutcome.DELETED;
    }

    /** Refused or only partly done: something osdkit meant to delete is still there (the reason says what and why). */
    public boolean failed() {
        return result != null && !result.gone();
    }

    /** Why it failed; {@code null} when it did not. */
    public String reason() {
        return failed() ? result.reason() : null;
    }
}
