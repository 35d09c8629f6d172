package org.osdkit.statemigration.cleanup;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a cleanup plan, one store at a time, each in a fresh {@link StoreDeletion}: a failure
 * on one store is journalled with its reason and the run goes on with the next. Each store is
 * journalled before and after its deletion and audited; its association gets its deletion date once
 * the folder is gone. An interrupted run is resumed from its journal: stores already finished are
 * reported, not redone, and the rest are re-checked against a fresh plan before anything is deleted.
 * Right before each store the holds are read again, so a hold placed while the run goes on is honoured.
 */
public final class RunCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(RunCleanup.class);

    private final CleanupJournal journal;
    private final AssociationRepository associations;
    private final HoldRepository holds;
    private final AuditJournal audit;
    private final DeletionFileSystem fileSystem;
    private final Clock clock;
    private final Actor actor;

    public RunCleanup(CleanupJournal journal, AssociationRepository associations, HoldRepository holds, AuditJournal audit,
                      DeletionFileSystem fileSystem, Clock clock, Actor actor) {
        this.journal = journal;
        this.associations = associations;
        this.holds = holds;
        this.audit = audit;
        this.fileSystem = fileSystem;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Runs {@code plan} (made just now for {@code settings}); with {@code resume}, continues the SMP's
     * interrupted run instead, using {@code plan} only to re-check that each remaining store is still eligible.
     *
     * @throws OsdkitException {@link SmpErrors#CLEANUP_UNFINISHED} when a run is interrupted and {@code resume} is false;
     *                         {@link SmpErrors#NO_RUN_TO_RESUME} when {@code resume} finds none
     */
    public CleanupReport run(SmpSettings settings, CleanupPlan plan, boolean resume) {
        var unfinished = journal.unfinished(settings.server());
        if (!resume && unfinished.isPresent()) {
            JournalRun r = unfinished.get();
            long done = journal.steps(r.runId()).stream().filter(s -> s.state().isFinal()).count();
            throw new OsdkitException(SmpErrors.CLEANUP_UNFINISHED,
                    "Cleanup run " + r.runId() + " of " + settings.server() + " started " + r.startedAt() + " by " + r.actor()
                            + " was interrupted after " + done + " of " + r.planned() + " stores.",
                    "Resume it with 'osdkit smp cleanup --resume' (it re-checks every remaining store first).");
        }
        if (resume && unfinished.isEmpty()) {
            throw new OsdkitException(SmpErrors.NO_RUN_TO_RESUME, "No interrupted cleanup run of " + settings.server() + " to resume.");
        }
        String runId;
        List<JournalStep> steps;
        if (resume) {
            runId = unfinished.get().runId();
            steps = journal.steps(runId);
            LOG.info("Resuming cleanup run {} of {}", runId, settings.server());
        } else {
            runId = UUID.randomUUID().toString();
            steps = new ArrayList<>();
            int seq = 1;
            for (PlanItem i : plan.deletions()) {
                steps.add(new JournalStep(runId, seq++, i.store().path().toString(), i.association().key(), i.association().displayName(),
                        i.store().bytes(), StepState.PLANNED, null, null, null, null));
            }
            journal.begin(new JournalRun(runId, settings.server(), actor.toString(), clock.instant(), null, steps.size(), settings.deletionDelayMinutes()), steps);
            LOG.info("Cleanup run {} of {}: {} stores to delete", runId, settings.server(), steps.size());
        }
        Map<String, PlanItem> current = new HashMap<>();
        for (PlanItem i : plan.items()) {
            current.put(i.association().key(), i);
        }
        List<Path> roots = settings.folders().stream().map(StorageFolder::accessPath).toList();
        List<StoreOutcome> outcomes = new ArrayList<>(steps.size());
        for (JournalStep step : steps) {
            outcomes.add(step.state().isFinal() ? previous(step) : process(runId, step, current.get(step.associationKey()), roots, settings));
        }
        journal.end(runId, clock.instant());
        return new CleanupReport(runId, settings.server(), resume, outcomes);
    }

    private static StoreOutcome previous(JournalStep s) {
        return new StoreOutcome(s.seq(), s.storePath(), s.associationKey(), s.computers(), s.state(),
                s.bytesDeleted() == null ? 0 : s.bytesDeleted(), s.reason(), true);
    }

    private StoreOutcome process(String runId, JournalStep step, PlanItem now, List<Path> roots, SmpSettings settings) {
        Path store = Path.of(step.storePath());
        boolean stillEligible = now != null && now.action() == PlanAction.DELETE && now.store() != null && now.store().path().equals(store);
        if (!stillEligible) {
            // Killed after the folder was removed but before the journal said so: finish the record, delete nothing.
            if (step.state() == StepState.STARTED && !Files.exists(store, LinkOption.NOFOLLOW_LINKS)) {
                return finish(runId, step, new StoreDeletion.Result(StepState.DELETED, step.plannedBytes(), null));
            }
            String why = now == null ? "the association is no longer known" : "no longer eligible: " + (now.reason() == null ? now.action() : now.reason());
            return finish(runId, step, new StoreDeletion.Result(StepState.SKIPPED, 0, why));
        }
        Hold held = new HeldStores(holds.all(), settings).covering(now.association(), now.store().key());
        if (held != null) {
            String why = "held since the plan was made: hold on \"" + held.target() + "\"" + (held.reason() == null ? "" : " (" + held.reason() + ")");
            return finish(runId, step, new StoreDeletion.Result(StepState.SKIPPED, 0, StoreDeletion.abbreviate(why)));
        }
        journal.started(runId, step.seq(), clock.instant());
        StoreDeletion.Result result = new StoreDeletion(fileSystem).delete(roots, store);
        return finish(runId, step, result);
    }

    private StoreOutcome finish(String runId, JournalStep step, StoreDeletion.Result result) {
        Instant at = clock.instant();
        journal.finished(runId, step.seq(), result.state(), result.bytes(), result.reason(), at);
        if (result.state() == StepState.DELETED) {
            associations.markDeleted(step.associationKey(), at);
        }
        if (result.state() != StepState.SKIPPED) {
            String outcome = result.state() == StepState.DELETED ? "ok" : result.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + result.reason();
            audit.record(new AuditEntry(at, actor.toString(), "smp.store.delete", StoreDeletion.abbreviate(step.storePath()),
                    "association=" + step.associationKey() + " (" + step.computers() + ") bytes=" + step.plannedBytes() + " run=" + runId,
                    result.state() == StepState.DELETED ? "deleted " + result.bytes() + " bytes; StoreDeletionDate=" + at : null, outcome));
        }
        if (result.state() == StepState.DELETED) {
            LOG.info("Deleted store {} ({}, {} bytes)", step.storePath(), step.computers(), result.bytes());
        } else {
            LOG.warn("Store {} ({}): {} - {}", step.storePath(), step.computers(), result.state(), result.reason());
        }
        return new StoreOutcome(step.seq(), step.storePath(), step.associationKey(), step.computers(), result.state(), result.bytes(),
                result.reason(), false);
    }
}
