package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.controlfile.SiteDefinition;
import org.osdkit.sites.description.AttemptRecovery.Found;
import org.osdkit.sites.description.AttemptRecovery.Result;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.sites.service.ServiceController;
import org.osdkit.sites.service.ServiceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes or rolls back the description changes a killed or failed run left unfinished. For each one
 * it compares the site control file with the attempt's hashes: the original means nothing to undo; the
 * intended file is verified and the change finished; anything else is osdkit's half-done write and
 * the backup is restored byte for byte (or, if osdkit had not begun to write, another writer's content
 * and left alone). Every way ends with the service as it was before the change, and the outcome in the
 * attempt and the audit journal. {@link ChangeSiteDescription} runs it for its site before every change.
 */
public final class RecoverDescriptionChanges {

    /** The operation's name in what-if lines and confirmation questions. */
    public static final String OPERATION = "Recover site description change";
    /** The audit action of a recovered attempt. */
    public static final String ACTION = "sites.description.recover";
    private static final Logger LOG = LoggerFactory.getLogger(RecoverDescriptionChanges.class);

    private final ChangeHistory history;
    private final SiteInventory inventory;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;
    private final ControlFileDisk disk;
    private final StartRetry retry;
    private final AttemptIntents intents;

    /** Recovers attempts in {@code history}, keeping {@code inventory}'s names in step and auditing as {@code actor}. */
    public RecoverDescriptionChanges(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor) {
        this(history, inventory, audit, clock, actor, IntentLog.none());
    }

    /**
     * The same, first recording again the attempts {@code intents} (the workspace's {@code sites-description}
     * intent file) announce and the database lost to a killed process.
     */
    public RecoverDescriptionChanges(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor, IntentLog intents) {
        this(history, inventory, audit, clock, actor, new LocalDisk(), StartRetry.standard(), intents);
    }

    RecoverDescriptionChanges(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor, ControlFileDisk disk,
                              StartRetry retry) {
        this(history, inventory, audit, clock, actor, disk, retry, IntentLog.none());
    }

    RecoverDescriptionChanges(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor, ControlFileDisk disk,
                              StartRetry retry, IntentLog intents) {
        this.intents = new AttemptIntents(intents, history);
        this.history = history;
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.disk = disk;
        this.retry = retry;
    }

    /**
     * Recovers every unfinished attempt of {@code site}, or of every site for {@code null}. Without a
     * site, an attempt made with another service controller than {@code service} is left alone
     * ({@link Result#SKIPPED}): starting this controller's service would not start that site's.
     *
     * @param whatIf only tell what was found and what would be done
     */
    public RecoveryReport run(SiteCode site, boolean whatIf, ServiceController service, Consumer<String> progress) {
        return run(site, whatIf ? new WhatIfRecorder() : ShouldProcess.always(), service, progress);
    }

    /**
     * The same, asking {@code gate} before it acts on each attempt (a what-if gate: nothing is done, a
     * declined attempt is {@link Result#DECLINED} and stays unfinished).
     */
    public RecoveryReport run(SiteCode site, ShouldProcess gate, ServiceController service, Consumer<String> progress) {
        Consumer<String> logged = step -> {
            LOG.info("{}: {}", ACTION, step);
            progress.accept(step);
        };
        if (!gate.whatIf()) {
            // An attempt the database lost to a killed process is recorded again first, so it is recovered like the others.
            intents.reconcile(site, logged);
        }
        List<AttemptRecovery> recoveries = new ArrayList<>();
        for (ChangeAttempt attempt : history.unfinished(site)) {
            recoveries.add(new OneAttempt(attempt, service, logged).recover(site != null, gate));
        }
        return new RecoveryReport(recoveries);
    }

    /** What a change runs first: its site's unfinished attempts recovered, or the change refused. */
    void beforeChange(SiteCode site, boolean whatIf, ServiceController service, Consumer<String> progress) {
        for (AttemptRecovery r : run(site, whatIf, service, progress).recoveries()) {
            if (r.result() == Result.IN_PROGRESS) {
                throw new OsdkitException(SiteErrors.CHANGE_IN_PROGRESS, "Site " + site + " is being changed right now (change attempt "
                        + r.attempt().id() + "): " + r.done(), "Wait until that run has finished, then try again.");
            }
            if (r.result() == Result.FAILED) {
                throw new OsdkitException(SiteErrors.RECOVERY_FAILED, "An earlier change of site " + site + " (attempt " + r.attempt().id()
                        + ") was left unfinished and could not be recovered: " + r.done(),
                        "Fix what the message names, then run 'osdkit sites recover --site " + site + "'.");
            }
        }
    }

    /** The recovery of one attempt; {@code state} follows what this recovery has recorded. */
    private final class OneAttempt {

        private final ChangeAttempt attempt;
        private final ServiceController service;
        private final Consumer<String> progress;
        private final Path file;
        private AttemptState state;
        private Found found = Found.NOT_LOOKED;

        OneAttempt(ChangeAttempt attempt, ServiceController service, Consumer<String> progress) {
            this.attempt = attempt;
            this.service = service;
            this.progress = progress;
            this.file = Path.of(attempt.controlFile());
            this.state = attempt.state();
        }

        AttemptRecovery recover(boolean siteGiven, ShouldProcess gate) {
            progress.accept("Change attempt " + attempt.id() + " of site " + attempt.site() + " is unfinished: started " + attempt.startedAt() + " by "
                    + attempt.actor() + ", \"" + attempt.oldValue() + "\" -> \"" + attempt.newValue() + "\", last step " + attempt.state()
                    + (attempt.note() == null ? "" : " (" + attempt.note() + ")"));
            Optional<String> running = AttemptOwners.stillRunning(attempt, clock.instant());
            if (running.isPresent()) {
                return left(Result.IN_PROGRESS, "Left alone: " + running.get() + ".");
            }
            if (!siteGiven && !attempt.service().equals(service.description())) {
                return left(Result.SKIPPED, "Left alone: it was made with " + attempt.service() + ", not with " + service.description()
                        + "; run 'osdkit sites recover --site " + attempt.site() + "' with that site's service options.");
            }
            byte[] bytes = look();
            PlannedOperation operation = new PlannedOperation(OPERATION, "change attempt " + attempt.id() + " of site " + attempt.site(), plannedAction());
            if (!gate.shouldProcess(operation)) {
                return gate.whatIf() ? left(Result.WOULD_RECOVER, operation.whatIfLine())
                        : left(Result.DECLINED, "Left unfinished, as answered: " + operation.description());
            }
            try {
                return switch (found) {
                    case ORIGINAL -> serviceAsBefore("The file is the original: nothing to undo.");
                    case INTENDED -> finish();
                    case OTHER, UNREADABLE -> state.mayHaveWritten() ? restore("The file is neither the original nor the intended one.")
                            : notWrittenByOsdkit(bytes);
                    case NOT_LOOKED -> throw new IllegalStateException("the file was looked at");
                };
            } catch (RuntimeException e) {
                // The database or an unexpected error stopped recovery half way: the next run starts from the disk again.
                return failed("Recovery stopped: " + e.getMessage() + ".");
            }
        }

        /** Reads the file and decides what it is; {@code null} when it cannot be read. */
        private byte[] look() {
            byte[] bytes;
            try {
                bytes = disk.read(file);
            } catch (IOException e) {
                found = Found.UNREADABLE;
                progress.accept("Found: " + file + " cannot be read (" + reason(e) + ")");
                return null;
            }
            String sha = Sha256.of(bytes);
            if (sha.equals(attempt.originalSha256())) {
                found = Found.ORIGINAL;
                progress.accept("Found: " + file + " is the original (SHA-256 " + brief(sha) + ")");
            } else if (sha.equals(attempt.intendedSha256()) && namesNewValue(bytes)) {
                found = Found.INTENDED;
                progress.accept("Found: " + file + " is exactly the intended file (SHA-256 " + brief(sha) + ", description \"" + attempt.newValue() + "\")");
            } else {
                found = Found.OTHER;
                progress.accept("Found: " + file + " is neither the original (" + brief(attempt.originalSha256()) + ") nor the intended file ("
                        + brief(attempt.intendedSha256()) + "): SHA-256 " + brief(sha));
            }
            return bytes;
        }

        /** The hash matched; this re-reads the file as a site control file, so a finished change is also a verified one. */
        private boolean namesNewValue(byte[] bytes) {
            SiteControlFile scf = SiteControlFile.parse(bytes, file.toString());
            Optional<SiteDefinition> def = scf.siteDefinition();
            return scf.fullyParsed() && def.isPresent() && def.get().siteCode().equals(attempt.site()) && def.get().siteName().equals(attempt.newValue());
        }

        private String plannedAction() {
            String start = attempt.serviceWasRunning() ? " and start " + service.description() : "";
            return switch (found) {
                case ORIGINAL -> "record it as rolled back (nothing to undo)" + start;
                case INTENDED -> "finish it: record the change as applied" + start;
                case OTHER, UNREADABLE -> state.mayHaveWritten() ? "restore the backup " + attempt.backupFile() + " byte for byte" + start
                        : found == Found.OTHER ? "leave the file (osdkit had not begun to write it)" + start : "do nothing: the file cannot be read";
                case NOT_LOOKED -> "nothing";
            };
        }

        private AttemptRecovery finish() {
            String serviceText;
            if (attempt.serviceWasRunning()) {
                try {
                    serviceText = started();
                } catch (RuntimeException e) {
                    // As after a verified write in the change itself: a service that will not start gets the original back.
                    return restore("The intended file was in place but " + service.description() + " did not start (" + e.getMessage() + ").");
                }
            } else {
                serviceText = "the service was stopped before the change and stays stopped";
            }
            String note = "Recovered: the intended file was in place and verified; " + serviceText + ".";
            SiteChange change = history.applied(attempt.id(), clock.instant(), note);
            state = AttemptState.APPLIED;
            audit(attempt.newValue(), "applied: change attempt " + attempt.id() + " recovered; the intended file was in place and verified; "
                    + serviceText + "; recorded as change " + change.id() + ", backup " + attempt.backupFile());
            inventory.rename(attempt.site(), attempt.newValue());
            progress.accept("Finished change attempt " + attempt.id() + ": " + serviceText + "; recorded as change " + change.id());
            return new AttemptRecovery(attempt, found, Result.APPLIED, note, change.id());
        }

        private AttemptRecovery restore(String why) {
            Path backup = Path.of(attempt.backupFile());
            byte[] copy;
            try {
                copy = disk.read(backup);
            } catch (IOException e) {
                return failed(why + " The backup " + backup + " cannot be read (" + reason(e) + "), so the file was left as it is and the service stopped.");
            }
            if (!Sha256.of(copy).equals(attempt.originalSha256())) {
                return failed(why + " The backup " + backup + " is not the original (SHA-256 " + brief(Sha256.of(copy)) + " instead of "
                        + brief(attempt.originalSha256()) + "), so the file was left as it is and the service stopped.");
            }
            // The file is only ever written with the service stopped, a restore too.
            if (service.query() != ServiceState.STOPPED) {
                progress.accept("Stopping " + service.description() + " before restoring the file");
                service.stop();
            }
            progress.accept("Restoring " + file + " from " + backup);
            try {
                disk.replace(file, copy);
                if (!Arrays.equals(disk.read(file), copy)) {
                    throw new IOException("the restored file's bytes differ from the backup");
                }
            } catch (IOException e) {
                return failed(why + " Restoring " + file + " from " + backup + " failed (" + reason(e) + "); the service was left stopped.");
            }
            String restored = why + " Restored the original from " + backup + " byte for byte (verified).";
            history.advance(attempt.id(), AttemptState.RESTORED, restored, clock.instant());
            state = AttemptState.RESTORED;
            return serviceAsBefore(restored);
        }

        private AttemptRecovery notWrittenByOsdkit(byte[] bytes) {
            if (bytes == null) {
                return failed("The file cannot be read and osdkit had not begun to write it: check it by hand; the service was left as it is.");
            }
            return serviceAsBefore("The file holds content osdkit did not write (it had not begun to write): left as it is.");
        }

        /** The file is settled as {@code what} says; puts the service back as it was and finishes the attempt as rolled back. */
        private AttemptRecovery serviceAsBefore(String what) {
            String serviceText;
            if (attempt.serviceWasRunning()) {
                try {
                    serviceText = started();
                } catch (RuntimeException e) {
                    return failed(what + " But " + service.description() + " did not start (" + e.getMessage() + ").");
                }
            } else {
                serviceText = "the service was stopped before the change and stays stopped";
            }
            String note = "Recovered: " + what + " " + capitalise(serviceText) + ".";
            history.advance(attempt.id(), AttemptState.ROLLED_BACK, note, clock.instant());
            state = AttemptState.ROLLED_BACK;
            audit(attempt.oldValue(), "rolled back: change attempt " + attempt.id() + " recovered; " + what + " " + capitalise(serviceText) + ".");
            progress.accept("Rolled back change attempt " + attempt.id() + ": " + serviceText);
            return new AttemptRecovery(attempt, found, Result.ROLLED_BACK, note, null);
        }

        private String started() {
            progress.accept("Starting " + service.description());
            int tries = retry.start(service, progress);
            return service.description() + " started" + (tries > 1 ? " on try " + tries + " of " + retry.tries() : "");
        }

        private AttemptRecovery failed(String why) {
            progress.accept("NOT recovered: change attempt " + attempt.id() + ": " + why);
            try {
                history.advance(attempt.id(), state, "Recovery failed: " + why, clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("Could not record the failed recovery of change attempt {}: {}", attempt.id(), e.getMessage());
            }
            audit(null, "failed: change attempt " + attempt.id() + " could not be recovered: " + why);
            return new AttemptRecovery(attempt, found, Result.FAILED, why, null);
        }

        private AttemptRecovery left(Result result, String why) {
            progress.accept(why);
            return new AttemptRecovery(attempt, found, result, why, null);
        }

        private void audit(String after, String outcome) {
            try {
                audit.record(new AuditEntry(clock.instant(), actor.toString(), ACTION, attempt.site().value(), attempt.oldValue(), after, outcome));
            } catch (RuntimeException e) {
                LOG.warn("Could not audit the recovery of change attempt {}: {}", attempt.id(), e.getMessage());
            }
        }
    }

    private static String brief(String sha) {
        return sha.substring(0, Math.min(16, sha.length())) + "...";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
