package org.osdkit.sites.description;

import java.util.List;

/**
 * Every unfinished description change attempt recovery looked at, oldest first.
 *
 * @param recoveries one entry per attempt; empty when nothing was unfinished
 */
public record RecoveryReport(List<AttemptRecovery> recoveries) {

    public RecoveryReport {
        recoveries = List.copyOf(recoveries);
    }

    public boolean nothingUnfinished() {
        return recoveries.isEmpty();
    }

    /** Some attempt is still unfinished and nobody works on it (it could not be restored or started, or needs another site's options). */
    public boolean problems() {
        return recoveries.stream().anyMatch(r -> r.result().problem());
    }
}
