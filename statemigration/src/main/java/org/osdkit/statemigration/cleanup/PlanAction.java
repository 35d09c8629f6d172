package org.osdkit.statemigration.cleanup;

/** What a cleanup plan does with one association's store. */
public enum PlanAction {
    /** Released and past the delay: the store folder is deleted. */
    DELETE,
    /** Kept, for the reason given. */
    KEEP,
    /** Listed for an admin's decision, never deleted by the cleanup (stale records, folders with odd records). */
    REVIEW
}
