package org.osdkit.statemigration.cleanup;

/** Why a cleanup plan keeps a store or lists it for review instead of deleting it. */
public enum KeepReason {
    /** Associated, nothing captured yet. */
    NOT_CAPTURED,
    /** Captured but never restored and released: never deleted automatically. */
    NOT_RELEASED,
    /** Released, but the deletion delay has not passed yet. */
    INSIDE_DELAY,
    /** The SMP is in restore-only (quiesce) mode: osdkit deletes nothing while it is being drained. */
    RESTORE_ONLY_MODE,
    /** A hold placed with {@code osdkit smp hold} covers the association or its store (the item names the hold). */
    HELD,
    /** The association already has a deletion date. */
    ALREADY_DELETED,
    /** The association has a deletion date but its folder is still there: review. */
    DELETED_BUT_PRESENT,
    /** The dates form no valid lifecycle: review. */
    INCONSISTENT_DATES,
    /** The store folder is missing although the dates say it should exist (stale record): review. */
    STORE_MISSING,
    /** The store path is outside every storage folder of this SMP: refused. */
    OUTSIDE_STORAGE_FOLDERS,
    /** The store folder is a link or junction: refused, links are never deleted through. */
    STORE_IS_LINK,
    /** Another association names the same store and must keep it. */
    SHARED_WITH_KEPT_STORE,
    /**
     * The store folder holds another association's store (stores may sit at any depth inside a storage
     * folder): deleting it would delete that one too, so it is listed for review.
     */
    CONTAINS_OTHER_STORES
}
