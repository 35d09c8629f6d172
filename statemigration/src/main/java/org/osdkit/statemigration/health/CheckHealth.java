package org.osdkit.statemigration.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osdkit.statemigration.capacity.CapacityStatus;
import org.osdkit.statemigration.capacity.FolderCapacity;
import org.osdkit.statemigration.cleanup.CleanupJournal;
import org.osdkit.statemigration.cleanup.CleanupLock;
import org.osdkit.statemigration.cleanup.CleanupLocks;
import org.osdkit.statemigration.cleanup.CleanupPlan;
import org.osdkit.statemigration.cleanup.CleanupPlanner;
import org.osdkit.statemigration.cleanup.Hold;
import org.osdkit.statemigration.cleanup.HoldRepository;
import org.osdkit.statemigration.cleanup.IntentFindings;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.PlanItem;
import org.osdkit.statemigration.cleanup.ReconcileIntents;
import org.osdkit.statemigration.cleanup.StepState;
import org.osdkit.statemigration.inventory.InventoryEntry;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.inventory.StorageFolderScan;
import org.osdkit.statemigration.inventory.StoreFileSystem;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Checks an SMP: storage folders reachable and writable (an unreachable one is one ERROR, its stores are
 * not called stale), free space and MaxClients, the cleanup backlog (eligible stores still present;
 * overdue ones mean the SMP's own cleanup has stopped, the KB961269 symptom, and the finding names the
 * hotfix and osdkit's cleanup as the workaround), stuck captures, stale records, orphans, stores osdkit's
 * own cleanup keeps failing to delete (with the last reason), and whether an osdkit cleanup run is running (its
 * lock's heartbeat is fresh) or was interrupted (the heartbeat stopped, or the journal is unfinished). It walks
 * every store and probes each storage folder by writing a file into it, so it is what
 * {@code osdkit smp health} runs, never a dashboard page: the result is kept ({@link HealthRecords})
 * and the dashboard serves the last one ({@link ShowHealth}).
 */
public final class CheckHealth {

    /** How many of an SMP's last cleanup runs are looked at for stores that keep failing. */
    public static final int FAILING_RUN_WINDOW = 3;
    /** In how many of them a store must have failed (and not been deleted since) to be named. */
    public static final int FAILING_RUNS_MIN = 2;
    /**
     * The fix for the KB961269 symptom, named in the finding: the hotfix, and osdkit's cleanup meanwhile
     * (facts from the seed's admin report; the KB text itself was not found publicly).
     */
    static final String KB961269_FIX = "On ConfigMgr 2007 SP1 the fix is hotfix KB961269 (it needs SP1, replaces Smpmgr.dll with version"
            + " 4.0.6221.1147 and resets the site); until it is installed, 'osdkit smp cleanup' is the workaround: it deletes the eligible"
            + " stores itself, and one store that fails never stops the rest.";

    private final ReconcileSmp reconcile;
    private final HoldRepository holds;
    private final CleanupJournal journal;
    private final CleanupLocks locks;
    private final Duration lockStaleAfter;
    private final StoreFileSystem fileSystem;
    private final HealthRecords records;
    private final Clock clock;
    private final ReconcileIntents intents;

    /** {@code lockStaleAfter}: a cleanup lock without a heartbeat for longer is an interrupted run, else a running one. */
    public CheckHealth(ReconcileSmp reconcile, HoldRepository holds, CleanupJournal journal, CleanupLocks locks, Duration lockStaleAfter,
                       StoreFileSystem fileSystem, HealthRecords records, Clock clock) {
        this(reconcile, holds, journal, locks, lockStaleAfter, fileSystem, records, clock, ReconcileIntents.none(journal));
    }

    /**
     * The same, first giving the database back what the workspace's intent files say and it lost ({@code intents}, as
     * every cleanup does before it decides anything); what it gave back is reported.
     */
    public CheckHealth(ReconcileSmp reconcile, HoldRepository holds, CleanupJournal journal, CleanupLocks locks, Duration lockStaleAfter,
                       StoreFileSystem fileSystem, HealthRecords records, Clock clock, ReconcileIntents intents) {
        this.intents = intents;
        this.reconcile = reconcile;
        this.holds = holds;
        this.journal = journal;
        this.locks = locks;
        this.lockStaleAfter = lockStaleAfter;
        this.fileSystem = fileSystem;
        this.records = records;
        this.clock = clock;
    }

    /** Checks {@code settings}' SMP now, probing its storage folders, and keeps the result as its last check. */
    public SmpHealth check(SmpSettings settings, Duration stuckAfter) {
        SmpHealth health = probe(settings, stuckAfter);
        records.save(health);
        return health;
    }

    private SmpHealth probe(SmpSettings settings, Duration stuckAfter) {
        Instant now = clock.instant();
        // Before anything is judged: a run or hold the database lost to a killed process is given back first.
        IntentFindings given = intents.reconcile(settings);
        Reconciliation r = reconcile.reconcile(settings);
        CleanupPlan plan = new CleanupPlanner(clock).plan(r, holds.all());
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<FolderHealth> folders = new ArrayList<>();
        for (int i = 0; i < r.scans().size(); i++) {
            StorageFolderScan scan = r.scans().get(i);
            FolderCapacity capacity = plan.capacityBefore().get(i);
            boolean writable = scan.reachable() && fileSystem.writable(scan.folder().accessPath());
            folders.add(new FolderHealth(scan.folder().directory(), scan.folder().accessPath().toString(), scan.reachable(), writable, capacity));
            String dir = scan.folder().directory();
            if (!scan.reachable()) {
                // One finding for the folder: its stores are not reported missing one by one (no record is called stale).
                long unverified = r.entries().stream().filter(InventoryEntry::unverified).count();
                errors.add("Storage folder " + dir + " is unreachable: " + scan.problem()
                        + (unverified == 0 ? "" : "; the stores of " + unverified + " associations cannot be checked until it is back"
                        + " (none is counted stale)") + ".");
            } else if (!writable) {
                errors.add("Storage folder " + dir + " is not writable from here (" + scan.folder().accessPath() + ").");
            }
            if (capacity.status() == CapacityStatus.FULL) {
                errors.add("Storage folder " + dir + " is full: " + capacity.clients() + " of " + capacity.maxClients()
                        + " clients, " + capacity.freeBytes() + " bytes free (MinDiskSpace " + capacity.minDiskSpace() + ").");
            } else if (capacity.status() == CapacityStatus.WARNING) {
                warnings.add("Storage folder " + dir + " is close to full: " + capacity.clients() + " of " + capacity.maxClients()
                        + " clients, " + capacity.freeBytes() + " bytes free, days until full " + capacity.daysUntilFull() + ".");
            }
        }
        List<PlanItem> backlog = plan.deletions();
        Duration cycle = settings.cleanupCycle().compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : settings.cleanupCycle();
        Instant overdueBefore = now.minus(cycle.multipliedBy(2));
        int overdue = (int) backlog.stream().filter(i -> i.eligibleAt().isBefore(overdueBefore)).count();
        if (overdue > 0) {
            warnings.add(overdue + " stores have been eligible for deletion for more than two cleanup cycles: the SMP's own cleanup is not "
                    + "removing them (KB961269 symptom: smpmgr.log shows 'CheckAndDeleteSMPStores failed with error code (80004005)'). "
                    + KB961269_FIX);
        }
        List<FailingStore> failing = failingStores(settings.server());
        for (FailingStore f : failing) {
            warnings.add("Store " + f.storePath() + (f.computers() == null || f.computers().isBlank() ? "" : " (" + f.computers() + ")")
                    + " keeps failing: osdkit's cleanup failed to delete it in " + f.failedRuns() + " of the last " + f.ofRuns()
                    + " runs; last reason (run " + f.lastRunId() + "): " + f.lastReason() + ". The other stores are not held up by it;"
                    + " remove the cause, or keep it with 'osdkit smp hold'.");
        }
        for (String run : given.restoredRuns()) {
            warnings.add(run.contains("#")
                    ? "Cleanup run " + run.substring(0, run.indexOf('#')) + ": the database had lost that the deletion of its store "
                    + run.substring(run.indexOf('#') + 1) + " began (a killed process); journalled again from the intent file."
                    : "Cleanup run " + run + " was missing from the database (a killed process's commits were lost); journalled again from the"
                    + " intent file, unfinished: resume it with 'osdkit smp cleanup --resume'.");
        }
        for (Hold h : given.restoredHolds()) {
            warnings.add("The hold on " + h.target() + " (placed " + h.placed() + " by " + h.actor() + ") was missing from the database"
                    + " (a killed process's commit was lost); it protected all along from the intent file and is placed again.");
        }
        for (Hold h : given.lostRemovals()) {
            warnings.add("The hold on " + h.target() + " was removed by a process that was then killed, and the database lost the removal:"
                    + " the hold still protects its stores; remove it again with 'osdkit smp hold --remove \"" + h.target() + "\"' if it should go.");
        }
        List<InventoryEntry> stuck = r.stuck(now, stuckAfter);
        if (!stuck.isEmpty()) {
            warnings.add(stuck.size() + " stores were captured more than " + stuckAfter.toDays() + " days ago and never restored; they are never deleted automatically.");
        }
        // Running or interrupted: a fresh heartbeat on the SMP's lock is a live run, whatever the journal says.
        CleanupLock lock = locks.find(settings.server()).orElse(null);
        String unfinished = journal.unfinished(settings.server()).map(JournalRun::runId).orElse(null);
        CleanupState cleanup;
        String interrupted = null;
        if (lock != null && !lock.stale(lockStaleAfter)) {
            cleanup = CleanupState.RUNNING;
        } else if (unfinished != null) {
            cleanup = CleanupState.INTERRUPTED;
            interrupted = unfinished;
            warnings.add("Cleanup run " + interrupted + " was interrupted" + (lock == null ? "" : " (" + lock.describe() + ")")
                    + "; resume it with 'osdkit smp cleanup --resume'.");
        } else {
            // A stale lock with nothing unfinished behind it is a leftover the next run takes over.
            cleanup = CleanupState.IDLE;
        }
        List<String> problems = new ArrayList<>(errors);
        problems.addAll(warnings);
        HealthStatus status = !errors.isEmpty() ? HealthStatus.ERROR : !warnings.isEmpty() ? HealthStatus.WARNING : HealthStatus.OK;
        return new SmpHealth(settings.server(), now, status, settings.restoreOnly(), folders, backlog.size(),
                backlog.stream().mapToLong(PlanItem::bytesFreed).sum(), overdue,
                backlog.stream().map(PlanItem::eligibleAt).min(Comparator.naturalOrder()).orElse(null),
                stuck.size(), stuckAfter.toDays(),
                stuck.stream().map(e -> e.association().storeCreationDate()).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null),
                r.stale().size(), r.orphans().size(), interrupted, cleanup, lock, problems, failing);
    }

    /**
     * The stores whose step ended FAILED or REFUSED in at least {@link #FAILING_RUNS_MIN} of the SMP's last
     * {@link #FAILING_RUN_WINDOW} runs and that no later of those runs deleted, newest failure first.
     */
    private List<FailingStore> failingStores(String server) {
        List<JournalRun> runs = journal.runs(server, FAILING_RUN_WINDOW);
        Map<String, Integer> failures = new HashMap<>();
        Map<String, JournalStep> latest = new LinkedHashMap<>();
        Map<String, String> latestRun = new HashMap<>();
        for (JournalRun run : runs) { // newest first
            for (JournalStep step : journal.steps(run.runId())) {
                if (step.storePath() == null) {
                    continue;
                }
                boolean failed = step.state() == StepState.FAILED || step.state() == StepState.REFUSED;
                if (!latest.containsKey(step.storePath()) && (failed || step.state() == StepState.DELETED)) {
                    latest.put(step.storePath(), step);
                    latestRun.put(step.storePath(), run.runId());
                }
                if (failed) {
                    failures.merge(step.storePath(), 1, Integer::sum);
                }
            }
        }
        List<FailingStore> out = new ArrayList<>();
        for (JournalStep last : latest.values()) {
            int failed = failures.getOrDefault(last.storePath(), 0);
            if (last.state() != StepState.DELETED && failed >= FAILING_RUNS_MIN) {
                out.add(new FailingStore(last.storePath(), last.computers(), failed, runs.size(), latestRun.get(last.storePath()), last.finishedAt(),
                        last.reason() == null ? "no reason journalled" : last.reason()));
            }
        }
        return out;
    }
}
