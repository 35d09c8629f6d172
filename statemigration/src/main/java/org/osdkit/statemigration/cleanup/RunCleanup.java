package org.osdkit.statemigration.cleanup;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.core.progress.Progress;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a cleanup plan, one store at a time, each in a fresh {@link StoreDeletion} (core's confined
 * deletion): a failure on one store is journalled with its reason and the run goes on with the next.
 * Right before each store the holds are read again, so a hold placed while the run goes on is honoured.
 *
 * <p>One run at a time per SMP: the run holds the SMP's {@link CleanupLocks lock} and beats its
 * heartbeat while it works; a second run is refused naming the holder, and an interrupted run's lock
 * (its heartbeat stopped) is taken over only by a resume.
 *
 * <p>Per store: the journal says the step is started (committed) before anything is deleted; after the
 * deletion, the step's outcome, the association's deletion date and the audit entry are written in one
 * transaction. A kill between the deletion and that commit leaves a started step whose folder is gone:
 * the resume records it as deleted with the planned bytes, and so is a store a resume finishes deleting (an earlier
 * attempt may have removed part of it, even when the step still reads PLANNED: H2 can lose a killed process's last
 * commits). An interrupted run is resumed from its
 * journal: stores already finished are reported, not redone, and the rest are re-checked against a
 * fresh plan before anything is deleted.
 *
 * <p>The run's begin and each store's deletion are also written to an {@link IntentLog}, synced, before
 * the database hears of them ({@link CleanupIntents}): H2 can lose a killed process's last commits, the
 * begin among them, and then nothing in the database says the stores were deleted. Every run, resume and
 * what-if first gives the database back what such a killed run's intents say ({@link CleanupIntents#reconcile}).
 */
public final class RunCleanup {

    /**
     * Test-only: milliseconds to pause before and after each store's deletion, so kill tests land in the
     * middle of a run and between a deletion and its commit. Never set outside tests.
     */
    static final String TEST_PAUSE_PROPERTY = "osdkit.test.smp.pauseMillis";

    /** The operation a resumed run is asked about as a whole, on its run ID. */
    public static final String RESUME_OPERATION = "Resume cleanup run";

    private static final Logger LOG = LoggerFactory.getLogger(RunCleanup.class);

    private final CleanupJournal journal;
    private final CleanupLocks locks;
    private final HoldRepository holds;
    private final DeletionFileSystem fileSystem;
    private final Clock clock;
    private final Actor actor;
    private final LockTiming timing;
    private final CleanupIntents intents;
    private final long pauseMillis = Long.getLong(TEST_PAUSE_PROPERTY, 0);

    /**
     * The association's deletion date and the audit entry of each store are written by {@code journal}
     * with the step's outcome, in one transaction, so this takes no association repository or audit journal.
     */
    public RunCleanup(CleanupJournal journal, CleanupLocks locks, HoldRepository holds, DeletionFileSystem fileSystem, Clock clock,
                      Actor actor, LockTiming timing) {
        this(journal, locks, holds, fileSystem, clock, actor, timing, IntentLog.none());
    }

    /**
     * The same, writing the run's begin and each store's deletion to {@code intents} first (the workspace's
     * {@code smp-cleanup} intent file; {@link IntentLog#none()} where the database is durable on its own).
     */
    public RunCleanup(CleanupJournal journal, CleanupLocks locks, HoldRepository holds, DeletionFileSystem fileSystem, Clock clock,
                      Actor actor, LockTiming timing, IntentLog intents) {
        this.intents = new CleanupIntents(intents, journal);
        this.journal = journal;
        this.locks = locks;
        this.holds = holds;
        this.fileSystem = fileSystem;
        this.clock = clock;
        this.actor = actor;
        this.timing = timing;
    }

    /**
     * Refuses early, before the caller asks or prints anything, what {@link #run} would refuse before
     * deleting anything: another run is running; without {@code resume}, a run was interrupted; with it,
     * there is none to resume. {@link #run} checks again, atomically.
     */
    public void check(SmpSettings settings, boolean resume) {
        intents.reconcile(settings.server());
        Optional<CleanupLock> lock = locks.find(settings.server());
        if (lock.isPresent() && !lock.get().stale(timing.staleAfter())) {
            throw running(settings, lock.get(), resume);
        }
        Optional<JournalRun> unfinished = journal.unfinished(settings.server());
        if (!resume && unfinished.isPresent()) {
            throw lock.isPresent() ? interrupted(settings, lock.get()) : unfinished(settings, unfinished.get());
        }
        if (resume && unfinished.isEmpty()) {
            throw nothingToResume(settings);
        }
    }

    /**
     * Runs {@code plan} (made just now for {@code settings}); with {@code resume}, continues the SMP's
     * interrupted run instead, using {@code plan} only to re-check that each remaining store is still
     * eligible, after giving every association an older run deleted its deletion date where it still lacks one.
     *
     * @throws OsdkitException {@link SmpErrors#CLEANUP_RUNNING} while another run holds the SMP's lock;
     *                         {@link SmpErrors#CLEANUP_UNFINISHED} when a run is interrupted and {@code resume} is false;
     *                         {@link SmpErrors#NO_RUN_TO_RESUME} when {@code resume} finds none;
     *                         {@link SmpErrors#CLEANUP_LOCK_LOST} when another run took the lock over while this one worked
     */
    public CleanupReport run(SmpSettings settings, CleanupPlan plan, boolean resume) {
        return run(settings, plan, resume, ShouldProcess.always());
    }

    /**
     * What {@link #run} would do with {@code plan}, as core's plan: a {@link PlanItem#operation()} per
     * store of a new run; for a resume, the {@link #RESUME_OPERATION} of the interrupted run, then each
     * store it would still delete (none when there is nothing to resume: {@link #run} refuses that).
     * Reads the journal only.
     */
    public OperationPlan whatIf(SmpSettings settings, CleanupPlan plan, boolean resume) {
        if (!resume) {
            return plan.operations();
        }
        intents.reconcile(settings.server());
        Optional<JournalRun> unfinished = journal.unfinished(settings.server());
        if (unfinished.isEmpty()) {
            return new OperationPlan(List.of());
        }
        List<PlanItem> stores = remaining(unfinished.get(), plan);
        List<PlannedOperation> operations = new ArrayList<>();
        operations.add(resumeOperation(settings, unfinished.get(), stores.size()));
        stores.forEach(i -> operations.add(i.operation()));
        return new OperationPlan(operations);
    }

    /**
     * Runs as {@link #run(SmpSettings, CleanupPlan, boolean)}, asking {@code gate} first, before the lock
     * is taken: about each store of a new run (only the stores it approves are journalled and deleted),
     * or once about a resumed run (its stores are the journal's, carried on as one run). A what-if gate
     * ({@link ShouldProcess#whatIf()}) is offered every operation of {@link #whatIf}, and nothing is
     * locked, journalled or deleted.
     *
     * @return the report; {@link CleanupReport#ran()} is false when nothing ran (what-if, or every answer no)
     */
    public CleanupReport run(SmpSettings settings, CleanupPlan plan, boolean resume, ShouldProcess gate) {
        return run(settings, plan, resume, gate, Progress.NONE);
    }

    /** As above, telling {@code progress} each store of the run finished (deleted, failed, refused or skipped). */
    public CleanupReport run(SmpSettings settings, CleanupPlan plan, boolean resume, ShouldProcess gate, Progress progress) {
        if (gate.whatIf()) {
            whatIf(settings, plan, resume).operations().forEach(gate::shouldProcess);
            return CleanupReport.nothingRun(settings.server(), resume);
        }
        intents.reconcile(settings.server());
        if (resume) {
            Optional<JournalRun> unfinished = journal.unfinished(settings.server());
            // With no run to resume there is nothing to ask about: the run refuses it.
            if (unfinished.isPresent()
                    && !gate.shouldProcess(resumeOperation(settings, unfinished.get(), remaining(unfinished.get(), plan).size()))) {
                return CleanupReport.nothingRun(settings.server(), true);
            }
            return locked(settings, plan, true, progress);
        }
        List<PlanItem> deletions = plan.deletions();
        Set<String> approved = deletions.stream().filter(i -> gate.shouldProcess(i.operation())).map(i -> i.association().key())
                .collect(Collectors.toSet());
        if (!deletions.isEmpty() && approved.isEmpty()) {
            return CleanupReport.nothingRun(settings.server(), false);
        }
        return locked(settings, plan.onlyDeleting(i -> approved.contains(i.association().key())), false, progress);
    }

    /** The plan's deletions that {@code run} has not finished yet, in the plan's order. */
    private List<PlanItem> remaining(JournalRun run, CleanupPlan plan) {
        Set<String> open = journal.steps(run.runId()).stream().filter(s -> !s.state().isFinal()).map(JournalStep::associationKey)
                .collect(Collectors.toSet());
        return plan.deletions().stream().filter(i -> open.contains(i.association().key())).toList();
    }

    private static PlannedOperation resumeOperation(SmpSettings settings, JournalRun run, int stores) {
        return new PlannedOperation(RESUME_OPERATION, run.runId(), stores + " state stores on " + settings.server());
    }

    private CleanupReport locked(SmpSettings settings, CleanupPlan plan, boolean resume, Progress progress) {
        String server = settings.server();
        LockOwner me = LockOwner.thisProcess();
        LockAttempt attempt = locks.acquire(server, me, resume, timing.staleAfter());
        if (!attempt.acquired() && !resume && attempt.other().stale(timing.staleAfter()) && journal.unfinished(server).isEmpty()) {
            // A stale lock with no unfinished run behind it (killed after its journal ended, or before it began):
            // there is nothing to resume, so a new run may take it.
            attempt = locks.acquire(server, me, true, timing.staleAfter());
        }
        if (!attempt.acquired()) {
            CleanupLock holder = attempt.other();
            throw holder.stale(timing.staleAfter()) && !resume ? interrupted(settings, holder) : running(settings, holder, resume);
        }
        if (attempt.tookOver()) {
            LOG.warn("Took over the cleanup lock of {} from {} (its heartbeat had stopped)", server, attempt.other().describe());
        }
        try (LockHeartbeat heartbeat = LockHeartbeat.start(locks, server, me.ownerId(), timing)) {
            return runLocked(settings, plan, resume, me, attempt, heartbeat, progress);
        } finally {
            locks.release(server, me.ownerId());
        }
    }

    private CleanupReport runLocked(SmpSettings settings, CleanupPlan plan, boolean resume, LockOwner me, LockAttempt attempt,
                                    LockHeartbeat heartbeat, Progress progress) {
        var unfinished = journal.unfinished(settings.server());
        if (!resume && unfinished.isPresent()) {
            throw unfinished(settings, unfinished.get());
        }
        if (resume && unfinished.isEmpty()) {
            throw nothingToResume(settings);
        }
        String runId;
        List<JournalStep> steps;
        int repaired = 0;
        if (resume) {
            runId = unfinished.get().runId();
            claim(settings, me, runId);
            repaired = journal.repairAssociations(settings.server(), actor.toString(), clock.instant());
            if (repaired > 0) {
                LOG.warn("Gave {} associations of {} the deletion date an earlier run recorded for their stores", repaired, settings.server());
            }
            steps = journal.steps(runId);
            LOG.info("Resuming cleanup run {} of {}", runId, settings.server());
        } else {
            runId = UUID.randomUUID().toString();
            claim(settings, me, runId);
            steps = new ArrayList<>();
            int seq = 1;
            for (PlanItem i : plan.deletions()) {
                steps.add(new JournalStep(runId, seq++, i.store().path().toString(), i.association().key(), i.association().displayName(),
                        i.store().bytes(), StepState.PLANNED, null, null, null, null));
            }
            JournalRun run = new JournalRun(runId, settings.server(), actor.toString(), clock.instant(), null, steps.size(), settings.deletionDelayMinutes());
            // Synced before the database hears of the run: if H2 loses the begin, the next run still finds it.
            intents.begin(run, steps);
            journal.begin(run, steps);
            LOG.info("Cleanup run {} of {}: {} stores to delete", runId, settings.server(), steps.size());
        }
        Map<String, PlanItem> current = new HashMap<>();
        for (PlanItem i : plan.items()) {
            current.put(i.association().key(), i);
        }
        List<Path> roots = settings.folders().stream().map(StorageFolder::accessPath).toList();
        List<StoreOutcome> outcomes = new ArrayList<>(steps.size());
        String task = "Cleaning up " + settings.server();
        progress.update(task, 0, steps.size());
        for (JournalStep step : steps) {
            if (step.state().isFinal()) {
                outcomes.add(previous(step));
            } else {
                heartbeat.check();
                outcomes.add(process(runId, step, current.get(step.associationKey()), roots, settings, resume));
            }
            progress.update(task, outcomes.size(), steps.size());
        }
        heartbeat.check();
        journal.end(runId, clock.instant());
        return new CleanupReport(runId, settings.server(), resume, outcomes, attempt.tookOver() ? attempt.other() : null, repaired);
    }

    private void claim(SmpSettings settings, LockOwner me, String runId) {
        if (!locks.assignRun(settings.server(), me.ownerId(), runId)) {
            throw new OsdkitException(SmpErrors.CLEANUP_LOCK_LOST, "Another run took over the cleanup lock of " + settings.server()
                    + " before this one began.", "See 'osdkit smp health' for the run that holds it now.");
        }
    }

    private static StoreOutcome previous(JournalStep s) {
        return new StoreOutcome(s.seq(), s.storePath(), s.associationKey(), s.computers(), s.state(),
                s.bytesDeleted() == null ? 0 : s.bytesDeleted(), s.reason(), true);
    }

    private StoreOutcome process(String runId, JournalStep step, PlanItem now, List<Path> roots, SmpSettings settings, boolean resume) {
        Path store = Path.of(step.storePath());
        if (resume && !Files.exists(store, LinkOption.NOFOLLOW_LINKS)) {
            // Killed after the folder was removed but before the outcome was committed: finish the record,
            // delete nothing. Its bytes are the plan's (the folder is gone, so they cannot be counted again).
            String note = step.state() == StepState.STARTED ? null : "the folder was already gone when the run was resumed";
            return finish(runId, step, new StoreDeletion.Result(StepState.DELETED, step.plannedBytes(), note));
        }
        boolean stillEligible = now != null && now.action() == PlanAction.DELETE && now.store() != null && now.store().path().equals(store);
        if (!stillEligible) {
            String why = now == null ? "the association is no longer known" : "no longer eligible: " + (now.reason() == null ? now.action() : now.reason());
            return finish(runId, step, new StoreDeletion.Result(StepState.SKIPPED, 0, why));
        }
        Hold held = new HeldStores(holds.all(), settings).covering(now.association(), now.store().key());
        if (held != null) {
            String why = "held since the plan was made: hold on \"" + held.target() + "\"" + (held.reason() == null ? "" : " (" + held.reason() + ")");
            return finish(runId, step, new StoreDeletion.Result(StepState.SKIPPED, 0, StoreDeletion.abbreviate(why)));
        }
        intents.deleting(runId, step);
        journal.started(runId, step.seq(), clock.instant());
        pause();
        StoreDeletion.Result result = new StoreDeletion(fileSystem).delete(roots, store);
        pause();
        if (resume && result.state() == StepState.DELETED) {
            // An earlier attempt may have removed part of the store before it was killed: the run freed the whole planned size.
            // Also when the step still reads PLANNED: H2 can lose a killed process's last commits (STARTED among them), so a
            // half-deleted store need not say so; what is left of it is not its size.
            result = new StoreDeletion.Result(StepState.DELETED, Math.max(result.bytes(), step.plannedBytes()), null);
        }
        return finish(runId, step, result);
    }

    private void pause() {
        if (pauseMillis > 0) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private StoreOutcome finish(String runId, JournalStep step, StoreDeletion.Result result) {
        Instant at = clock.instant();
        boolean deleted = result.state() == StepState.DELETED;
        AuditEntry audit = null;
        if (result.state() != StepState.SKIPPED) {
            String outcome = deleted ? "ok" : result.state().name().toLowerCase(Locale.ROOT) + ": " + result.reason();
            audit = new AuditEntry(at, actor.toString(), "smp.store.delete", StoreDeletion.abbreviate(step.storePath()),
                    "association=" + step.associationKey() + " (" + step.computers() + ") bytes=" + step.plannedBytes() + " run=" + runId,
                    deleted ? "deleted " + result.bytes() + " bytes; StoreDeletionDate=" + at : null, outcome);
        }
        // One transaction: the step's outcome, the association's deletion date and the audit entry.
        journal.finished(new FinishedStep(runId, step.seq(), result.state(), result.bytes(), result.reason(), at,
                deleted ? step.associationKey() : null, audit));
        if (deleted) {
            LOG.info("Deleted store {} ({}, {} bytes)", step.storePath(), step.computers(), result.bytes());
        } else {
            LOG.warn("Store {} ({}): {} - {}", step.storePath(), step.computers(), result.state(), result.reason());
        }
        return new StoreOutcome(step.seq(), step.storePath(), step.associationKey(), step.computers(), result.state(), result.bytes(),
                result.reason(), false);
    }

    private OsdkitException unfinished(SmpSettings settings, JournalRun r) {
        long done = journal.steps(r.runId()).stream().filter(s -> s.state().isFinal()).count();
        return new OsdkitException(SmpErrors.CLEANUP_UNFINISHED,
                "Cleanup run " + r.runId() + " of " + settings.server() + " started " + r.startedAt() + " by " + r.actor()
                        + " was interrupted after " + done + " of " + r.planned() + " stores.",
                "Resume it with 'osdkit smp cleanup --resume' (it re-checks every remaining store first).");
    }

    private static OsdkitException nothingToResume(SmpSettings settings) {
        return new OsdkitException(SmpErrors.NO_RUN_TO_RESUME, "No interrupted cleanup run of " + settings.server() + " to resume.");
    }

    private OsdkitException running(SmpSettings settings, CleanupLock holder, boolean resume) {
        return new OsdkitException(SmpErrors.CLEANUP_RUNNING,
                "A cleanup of " + settings.server() + " is running: " + holder.describe() + ".",
                resume ? "--resume takes over only a run whose heartbeat has stopped for more than " + CleanupLock.seconds(timing.staleAfter())
                        + "; let this one finish ('osdkit smp health' shows it)."
                        : "Let it finish; 'osdkit smp health' shows it. Only one cleanup runs on an SMP at a time.");
    }

    private OsdkitException interrupted(SmpSettings settings, CleanupLock holder) {
        String progress = journal.unfinished(settings.server()).map(r -> "; " + journal.steps(r.runId()).stream().filter(s -> s.state().isFinal()).count()
                + " of " + r.planned() + " stores were finished").orElse("");
        return new OsdkitException(SmpErrors.CLEANUP_UNFINISHED,
                "The cleanup of " + settings.server() + " was interrupted: " + holder.describe() + " (stopped)" + progress + ".",
                "Resume it with 'osdkit smp cleanup --resume': it takes over the lock and re-checks every remaining store first.");
    }
}
