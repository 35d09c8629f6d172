package org.osdkit.core.files;

/** How the deletion of one target ended. */
public enum DeletionOutcome {
    /** The target and everything in it are gone. */
    DELETED,
    /** There was nothing at the target's path; nothing was done. */
    ABSENT,
    /** Not started: the target is not strictly inside its root, is the root, or is a link. Nothing was deleted. */
    REFUSED,
    /**
     * Started, but something could not be removed or was left alone on purpose (a mount point, a junction,
     * another file system): the problems say what, by path. The rest was deleted.
     */
    FAILED
}
