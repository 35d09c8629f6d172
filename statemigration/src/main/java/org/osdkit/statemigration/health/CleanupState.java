package org.osdkit.statemigration.health;

/** Whether an osdkit cleanup of the SMP is under way, as its lock and journal tell. */
public enum CleanupState {
    /** No run holds the SMP and none is unfinished. */
    IDLE,
    /** A run holds the SMP's lock and its heartbeat is fresh: leave it alone. */
    RUNNING,
    /** A run stopped part-way (its lock's heartbeat stopped, or it left an unfinished journal): resume it with {@code --resume}. */
    INTERRUPTED
}
