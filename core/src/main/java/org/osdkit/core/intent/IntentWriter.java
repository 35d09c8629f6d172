package org.osdkit.core.intent;

import java.util.Optional;

/**
 * The process that wrote an intent: its pid and its start time (pids are reused, the pair is not).
 *
 * @param pid         process id
 * @param startMillis when it started, epoch milliseconds, or 0 when the system does not tell
 */
public record IntentWriter(long pid, long startMillis) {

    /** This process. */
    public static IntentWriter current() {
        return of(ProcessHandle.current());
    }

    private static IntentWriter of(ProcessHandle process) {
        return new IntentWriter(process.pid(), process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L));
    }

    /** True while the writing process still runs: its intents may be steps still under way, not left-overs. */
    public boolean alive() {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent() && process.get().isAlive() && (startMillis == 0 || of(process.get()).startMillis() == startMillis);
    }
}
