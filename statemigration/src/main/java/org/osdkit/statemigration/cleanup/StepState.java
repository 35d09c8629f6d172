package org.osdkit.statemigration.cleanup;

/** Where one store of a cleanup run is, as journalled. */
public enum StepState {
    /** In the run's plan, not touched yet. */
    PLANNED,
    /** Deletion began: journalled before the first file is removed. */
    STARTED,
    /** The store folder is gone. */
    DELETED,
    /** Deletion failed part-way or could not start; the reason says why. */
    FAILED,
    /** Refused for safety: the folder resolves outside every storage folder or is a link. */
    REFUSED,
    /** Not deleted on resume: it is no longer eligible (held, re-captured, settings changed). */
    SKIPPED;

    /** True once the step needs no more work in its run. */
    public boolean isFinal() {
        return this != PLANNED && this != STARTED;
    }
}
