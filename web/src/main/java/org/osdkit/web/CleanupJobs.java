package org.osdkit.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.cleanup.CleanupReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirmed cleanup runs started from the dashboard, carried on in the server after the request answers, so a
 * run over thousands of stores never hangs a browser: the page polls the progress route, which reads the run's
 * journal (per-store state, written by the domain before and after each deletion) and this job's outcome. Only
 * the newest job per SMP is remembered; the journal keeps every run. One job per SMP at a time in this dashboard;
 * the domain's cleanup lock refuses a run from anywhere else ({@code SMP-CLEANUP-RUNNING}, kept as the job's problem).
 */
final class CleanupJobs implements AutoCloseable {

    static final ErrorCode JOB_RUNNING = ErrorCode.of("WEB-CLEANUP-RUNNING", ErrorKind.CONFLICT);
    private static final Logger LOG = LoggerFactory.getLogger(CleanupJobs.class);
    /** How long closing the dashboard waits for a running cleanup to finish its stores (an interrupted one is resumable). */
    private static final long CLOSE_WAIT_SECONDS = 60;

    /** Where a job is. */
    enum State {
        RUNNING,
        FINISHED,
        FAILED
    }

    /**
     * How a job ended, published as one value: a reader that sees it sees the report (or the problem) with it, so a
     * progress poll never meets a job that says FINISHED while its report is not there yet.
     */
    record Outcome(State state, Instant endedAt, CleanupReport report, String problemCode, String problem) {
    }

    /** One started run: who, when, and once it ended its {@link Outcome}. */
    static final class Job {
        final String server;
        final String actor;
        final Instant startedAt;
        private volatile Outcome outcome;

        Job(String server, String actor, Instant startedAt) {
            this.server = server;
            this.actor = actor;
            this.startedAt = startedAt;
        }

        /** How it ended; empty while it runs. Read it once and use that value: a second read may see the job ended. */
        Optional<Outcome> outcome() {
            return Optional.ofNullable(outcome);
        }

        State state() {
            Outcome o = outcome;
            return o == null ? State.RUNNING : o.state();
        }
    }

    private final Clock clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "osdkit-web-cleanup-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    CleanupJobs(Clock clock) {
        this.clock = clock;
    }

    /** Starts {@code run} for {@code server} in the background; refused while this dashboard's last job for it still runs. */
    synchronized Job start(String server, String actor, Supplier<CleanupReport> run) {
        String key = server.toUpperCase(Locale.ROOT);
        Job last = jobs.get(key);
        if (last != null && last.state() == State.RUNNING) {
            throw new OsdkitException(JOB_RUNNING, "A cleanup of " + server + " started by " + last.actor + " at " + last.startedAt
                    + " is still running.", "Follow it on the State migration page; one cleanup runs on an SMP at a time.");
        }
        Job job = new Job(server, actor, clock.instant());
        jobs.put(key, job);
        executor.execute(() -> {
            Outcome outcome;
            try {
                CleanupReport report = run.get();
                outcome = new Outcome(State.FINISHED, clock.instant(), report, null, null);
            } catch (RuntimeException e) {
                OsdkitException known = OsdkitException.in(e).orElse(null);
                if (known == null) {
                    LOG.error("Cleanup of {} failed", server, e);
                }
                outcome = new Outcome(State.FAILED, clock.instant(), null, known == null ? "WEB-INTERNAL" : known.code().id(),
                        known == null ? "Unexpected failure; see osdkit.log in the workspace." : known.describe());
            }
            job.outcome = outcome;
        });
        return job;
    }

    /** The newest job this dashboard started for {@code server}. */
    Optional<Job> last(String server) {
        return Optional.ofNullable(jobs.get(server.toUpperCase(Locale.ROOT)));
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A cleanup was still running when the dashboard stopped; resume it with 'osdkit smp cleanup --resume'");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
