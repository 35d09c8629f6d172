package org.osdkit.statemigration.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osdkit.core.testing.FakedFileSystem;

/** The real journal, except that the process "dies" just before step {@code seq} is marked finished. */
class CleanupJournalKilledAt implements CleanupJournal {

    private final CleanupJournal real;
    private final int seq;

    CleanupJournalKilledAt(CleanupJournal real, int seq) {
        this.real = real;
        this.seq = seq;
    }

    @Override
    public void begin(JournalRun run, List<JournalStep> steps) {
        real.begin(run, steps);
    }

    @Override
    public void started(String runId, int s, Instant at) {
        real.started(runId, s, at);
    }

    @Override
    public void finished(FinishedStep step) {
        if (step.seq() == seq) {
            throw new FakedFileSystem.Killed();
        }
        real.finished(step);
    }

    @Override
    public int repairAssociations(String server, String actor, Instant at) {
        return real.repairAssociations(server, actor, at);
    }

    @Override
    public void end(String runId, Instant at) {
        real.end(runId, at);
    }

    @Override
    public Optional<JournalRun> unfinished(String server) {
        return real.unfinished(server);
    }

    @Override
    public Optional<JournalRun> run(String runId) {
        return real.run(runId);
    }

    @Override
    public List<JournalStep> steps(String runId) {
        return real.steps(runId);
    }

    @Override
    public List<JournalRun> runs(String server, int limit) {
        return real.runs(server, limit);
    }
}
