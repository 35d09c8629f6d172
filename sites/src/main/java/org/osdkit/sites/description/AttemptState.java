package org.osdkit.sites.description;

/**
 * How far a description change attempt got. Each step is committed before the next one starts, so
 * after a kill the state names the last step known to be done; recovery still judges by the file on
 * disk, since the step after it may have happened too.
 */
public enum AttemptState {
    /** Recorded before anything on the site was touched. */
    PENDING,
    /** SMS_EXECUTIVE was stopped (or was already). */
    STOPPED,
    /** The backup exists and holds the original bytes; from here on the file may hold osdkit's write. */
    BACKED_UP,
    /** The new file was renamed into place. */
    WRITTEN,
    /** The new file was read back and is exactly the intended one. */
    VERIFIED,
    /** The original is back in place but the service is not yet in its state from before. */
    RESTORED,
    /** Finished: the new file is in place and verified, the service in its state from before; a history change was recorded. */
    APPLIED,
    /** Finished: the original file is in place (restored or never replaced), the service in its state from before. */
    ROLLED_BACK;

    /** {@link #APPLIED} or {@link #ROLLED_BACK}: nothing is left to do. */
    public boolean finished() {
        return this == APPLIED || this == ROLLED_BACK;
    }

    /** From {@link #BACKED_UP} on osdkit may have written the file, so content that is neither original nor intended is osdkit's to undo. */
    public boolean mayHaveWritten() {
        return this == BACKED_UP || this == WRITTEN || this == VERIFIED || this == RESTORED;
    }
}
