package org.osdkit.statemigration.cleanup;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a cleanup run beats its lock's heartbeat, and after how long without a beat the lock is
 * stale (its run interrupted, open to {@code --resume}). The margin between the two covers a slow
 * database or a long garbage-collection pause: a run is never declared dead after one missed beat.
 *
 * @param heartbeat  the interval between beats
 * @param staleAfter no beat for longer than this: the holder is gone; at least twice {@code heartbeat}
 */
public record LockTiming(Duration heartbeat, Duration staleAfter) {

    /** A beat every 5 s, stale after 30 s without one. */
    public static final LockTiming DEFAULT = new LockTiming(Duration.ofSeconds(5), Duration.ofSeconds(30));

    public LockTiming {
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive, was " + heartbeat);
        }
        if (staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("the stale timeout (" + staleAfter + ") must be at least twice the heartbeat interval (" + heartbeat + ")");
        }
    }
}
