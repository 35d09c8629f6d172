package org.osdkit.sites.description;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.osdkit.core.Actor;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.controlfile.ScfLine;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.controlfile.SiteDefinition;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.sites.service.ServiceController;
import org.osdkit.sites.service.ServiceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a site's description in its site control file (SMS 2003 / ConfigMgr 2007), the safe way:
 * the site's unfinished earlier attempts recovered first, every precondition checked, the attempt
 * recorded as pending, then stop SMS_EXECUTIVE, back up, write atomically, verify, start (retried),
 * each step recorded as it is done, and the change recorded in the history and the audit journal; any
 * failure after the stop restores the original, and a killed run leaves a record that the next run (or
 * {@link RecoverDescriptionChanges}) finishes or rolls back. The edit is not supported by Microsoft, so
 * it needs {@code force}; ConfigMgr 2012+ is refused.
 */
public final class ChangeSiteDescription {

    /** The audit action of a change; reverts use {@code sites.description.revert}. */
    public static final String ACTION = "sites.description.set";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeSiteDescription.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ChangeHistory history;
    private final SiteInventory inventory;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;
    private final ControlFileDisk disk;
    private final StartRetry retry;
    private final RecoverDescriptionChanges recovery;
    private final AttemptIntents intents;

    /**
     * A use case that records changes in {@code history}, keeps {@code inventory}'s site names in step
     * and writes audit entries as {@code actor}.
     */
    public ChangeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor) {
        this(history, inventory, audit, clock, actor, IntentLog.none());
    }

    /**
     * The same, writing each pending record also to {@code intents} (the workspace's {@code sites-description}
     * intent file), synced, before the service is stopped, and recovering from it what the database lost.
     */
    public ChangeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor, IntentLog intents) {
        this(history, inventory, audit, clock, actor, new LocalDisk(), StartRetry.standard(), intents);
    }

    /** With another disk and start back-off: tests make the disk fill up or write the wrong bytes, and retry without waiting. */
    ChangeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor, ControlFileDisk disk,
                          StartRetry retry) {
        this(history, inventory, audit, clock, actor, disk, retry, IntentLog.none());
    }

    ChangeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor, ControlFileDisk disk,
                          StartRetry retry, IntentLog intents) {
        this.intents = new AttemptIntents(intents, history);
        this.history = history;
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.disk = disk;
        this.retry = retry;
        this.recovery = new RecoverDescriptionChanges(history, inventory, audit, clock, actor, disk, retry, intents);
    }

    /** Plans and, unless it is a what-if run, applies the change; {@code progress} hears each step as it starts. */
    public DescriptionChangeOutcome run(DescriptionChangeRequest request, ServiceController service, Consumer<String> progress) {
        return run(request, service, progress, request.whatIf() ? new WhatIfRecorder() : ShouldProcess.always());
    }

    /**
     * Plans the change and asks {@code gate} about its one {@link DescriptionChangePlan#operation()} before
     * the site is touched: a what-if gate (or a what-if request) records it and changes nothing; a gate
     * that declines leaves the site as it is (the outcome is then planned, not applied).
     */
    public DescriptionChangeOutcome run(DescriptionChangeRequest request, ServiceController service, Consumer<String> progress, ShouldProcess gate) {
        return run(request, service, progress, gate, null, null);
    }

    /** The same, for a revert: the current value must be {@code expectedCurrent}, and the change is linked to {@code revertOf}. */
    DescriptionChangeOutcome run(DescriptionChangeRequest request, ServiceController service, Consumer<String> progress, ShouldProcess gate,
                                 String expectedCurrent, Long revertOf) {
        boolean whatIf = request.whatIf() || gate.whatIf();
        String action = revertOf == null ? ACTION : RevertSiteDescription.ACTION;
        // Every step also goes to osdkit's own log, so the admin finds it later in CMTrace beside sitectrl.log.
        Consumer<String> logged = step -> {
            LOG.info("{} {}: {}", action, request.site(), step);
            progress.accept(step);
        };
        try {
            return plannedAndApplied(request, whatIf, gate, service, logged, expectedCurrent, revertOf, action);
        } catch (OsdkitException e) {
            LOG.warn("{} {} did not complete: [{}] {}", action, request.site(), e.code().id(), e.describe());
            if (!whatIf) {
                String verdict = e.code().kind() == ErrorKind.FAILED || e.code().kind() == ErrorKind.UNAVAILABLE ? "failed" : "refused";
                audit.record(new AuditEntry(clock.instant(), actor.toString(), action, request.site().value(), null, request.description(),
                        verdict + ": [" + e.code().id() + "] " + e.getMessage()));
            }
            throw e;
        }
    }

    private DescriptionChangeOutcome plannedAndApplied(DescriptionChangeRequest request, boolean whatIf, ShouldProcess gate, ServiceController service,
                                                       Consumer<String> progress, String expectedCurrent, Long revertOf, String action) {
        // A revert puts back a value the file already held, so the rules for new text do not apply to it.
        String description = revertOf == null ? request.rules().check(request.description()) : request.description();
        // A killed earlier run may have left the file half changed and the service stopped: settle that before reading the file.
        recovery.beforeChange(request.site(), whatIf, service, progress);
        ControlFileLocator.Located located = ControlFileLocator.locate(request.controlFile());
        Path file = located.file();
        SiteControlFile original = SiteControlFile.parse(read(file), file.toString());
        original.requireFullyParsed();
        SiteDefinition def = original.siteDefinition().orElseThrow(() -> new OsdkitException(SiteErrors.SCF_NO_SITE_DEFINITION,
                file + " has no BEGIN_SITE_DEFINITION block with a site code and name.", "Check that this is the site's sitectrl.ct0."));
        if (!def.siteCode().equals(request.site())) {
            throw new OsdkitException(SiteErrors.NOT_OWN_SITE, file + " is the site control file of site " + def.siteCode() + ", not of " + request.site() + ".",
                    "Edit a site's description in that site's own sitectrl.ct0, on its own site server.");
        }
        ConfigMgrVersion version = VersionCheck.resolve(request.declaredVersion(), def, file);
        if (expectedCurrent != null && !expectedCurrent.equals(def.siteName())) {
            throw new OsdkitException(SiteErrors.REVERT_CONFLICT, "Site " + def.siteCode() + " is now described as \"" + def.siteName()
                    + "\", not \"" + expectedCurrent + "\" as the change to revert left it.", "Check the history; set the description explicitly instead.");
        }
        if (def.siteName().equals(description)) {
            return new DescriptionChangeOutcome(null, null, true);
        }
        List<Path> pending = pendingDeltas(file);
        if (!pending.isEmpty()) {
            throw new OsdkitException(SiteErrors.PENDING_DELTA, pending.size() + " delta file(s) wait in " + pending.get(0).getParent() + " ("
                    + String.join(", ", pending.stream().map(p -> p.getFileName().toString()).toList()) + "); the site control manager would apply them over the edit.",
                    "Wait until SMS_SITE_CONTROL_MANAGER has processed them (sitectrl.log), then try again.");
        }
        // Before any stop: a read-only file would only be found by the write, after the site was stopped for nothing.
        disk.whyReadOnly(file).ifPresent(why -> {
            throw new OsdkitException(SiteErrors.FILE_READ_ONLY, "Not changed: " + file + " is read-only: " + why + ". The service was not stopped.",
                    "Clear the read-only attribute (attrib -r), give this account write access or mount the folder read-write, then try again.");
        });
        SiteControlFile changed = original.withSiteName(description);
        DescriptionChangePlan plan = plan(located, original, changed, def, version, description, service, revertOf);
        if (whatIf) {
            if (gate.whatIf()) {
                gate.shouldProcess(plan.operation());
            }
            return new DescriptionChangeOutcome(plan, null, false);
        }
        if (!request.force()) {
            throw new OsdkitException(SiteErrors.FORCE_REQUIRED, "Not changed: this edit of the site control file is not supported by Microsoft.",
                    "Read the warning, try --what-if, and re-run with --force to go ahead.");
        }
        if (!gate.shouldProcess(plan.operation())) {
            progress.accept("Not changed: the change was declined");
            return new DescriptionChangeOutcome(plan, null, false);
        }
        ServiceState before = service.query();
        AttemptOwner owner = AttemptOwners.startRun();
        try {
            ChangeAttempt attempt = begin(plan, changed, service, before, owner);
            progress.accept("Recorded the change as attempt " + attempt.id() + " before touching the site");
            String ending = new GuardedWrite(disk, service, retry, new AttemptLog(history, clock, attempt, progress), progress)
                    .apply(plan, original, changed, before);
            SiteChange recorded;
            try {
                recorded = history.applied(attempt.id(), clock.instant(), "Applied; " + ending + ".");
            } catch (RuntimeException e) {
                // The edit is done and verified; undoing it because a database is down would be the riskier move.
                throw new OsdkitException(SiteErrors.HISTORY_FAILED, "The description of site " + def.siteCode() + " WAS changed from \"" + def.siteName()
                        + "\" to \"" + description + "\" (backup " + plan.backupFile() + "), but recording the change failed: " + e.getMessage() + ".",
                        "Attempt " + attempt.id() + " stays unfinished: 'osdkit sites recover' records it once the database answers again.", e);
            }
            audit.record(new AuditEntry(recorded.changedAt(), actor.toString(), action, def.siteCode().value(), def.siteName(), description,
                    "ok: change " + recorded.id() + ", backup " + plan.backupFile()));
            inventory.rename(def.siteCode(), description);
            progress.accept("Recorded as change " + recorded.id());
            return new DescriptionChangeOutcome(plan, recorded, false);
        } finally {
            AttemptOwners.finished(owner);
        }
    }

    /** The pending record, committed before the service is stopped: without it nothing on the site is touched. */
    private ChangeAttempt begin(DescriptionChangePlan plan, SiteControlFile changed, ServiceController service, ServiceState before, AttemptOwner owner) {
        ChangeAttempt attempt = recordPending(plan, changed, service, before, owner);
        try {
            // The same record, synced to the workspace's intent file: H2 may lose the commit above to a kill.
            intents.pending(attempt);
        } catch (RuntimeException e) {
            try {
                history.advance(attempt.id(), AttemptState.ROLLED_BACK, "not carried out: the intent file could not be written", clock.instant());
            } catch (RuntimeException ignored) {
                // Still PENDING: recovery finds the original file and closes it.
            }
            throw new OsdkitException(SiteErrors.HISTORY_FAILED, "Not changed: the change of site " + plan.site() + " could not be recorded before "
                    + "touching the site (" + e.getMessage() + ").", "Make the workspace writable, then run the command again.", e);
        }
        return attempt;
    }

    private ChangeAttempt recordPending(DescriptionChangePlan plan, SiteControlFile changed, ServiceController service, ServiceState before,
                                        AttemptOwner owner) {
        try {
            return history.begin(new ChangeAttempt(0, clock.instant(), clock.instant(), actor.toString(), owner, plan.site(), plan.controlFile().toString(),
                    plan.oldValue(), plan.newValue(), plan.sha256(), changed.sha256(), plan.backupFile().toString(), service.description(), before,
                    plan.revertOf(), AttemptState.PENDING, null, null));
        } catch (RuntimeException e) {
            throw new OsdkitException(SiteErrors.HISTORY_FAILED, "Not changed: the change of site " + plan.site() + " could not be recorded before "
                    + "touching the site (" + e.getMessage() + ").", "Check the database, then run the command again.", e);
        }
    }

    private DescriptionChangePlan plan(ControlFileLocator.Located located, SiteControlFile original, SiteControlFile changed, SiteDefinition def,
                                       ConfigMgrVersion version, String description, ServiceController service, Long revertOf) {
        Path file = located.file();
        Path backup = backupPath(file);
        List<ScfLine> lines = original.lines();
        int line = def.siteNameLine();
        List<String> steps = List.of(
                "Record the change as pending, before anything on the site changes",
                "Stop " + service.description() + " and wait until it is stopped",
                "Check that " + file.getFileName() + " still has SHA-256 " + original.sha256().substring(0, 16) + "...",
                "Back up " + file.getFileName() + " to " + backup,
                "Write the new file atomically (temporary file in " + file.getParent() + ", flush, rename)",
                "Verify that only the bytes of the description changed",
                "Start " + service.description() + " and wait until it runs (tried again after 1, 2 and 4 s before rolling back)",
                "Record the change in the history and the audit journal");
        return new DescriptionChangePlan(file, located.foundAs(), def.siteCode(), version, def.siteName(), description, line,
                lines.get(line - 1).text(), changed.lines().get(line - 1).text(), original.siteNameOffset(),
                original.sha256(), backup, steps, revertOf);
    }

    private Path backupPath(Path file) {
        Path folder = ControlFileLocator.historyFolder(file);
        String base = "osdkit-" + STAMP.format(clock.instant()) + "-" + file.getFileName();
        Path backup = folder.resolve(base + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = folder.resolve(base + "-" + n + ".bak");
        }
        return backup;
    }

    private byte[] read(Path file) {
        try {
            return disk.read(file);
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, "Cannot read " + file + ": " + e.getMessage() + ".",
                    "Check that this account may read the site server's inbox.", e);
        }
    }

    private List<Path> pendingDeltas(Path file) {
        Path incoming = ControlFileLocator.incomingFolder(file);
        try {
            return disk.pendingDeltas(incoming);
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, "Cannot list " + incoming + ": " + e.getMessage() + ".",
                    "osdkit must see that no delta (.ct1) is pending before it edits the file.", e);
        }
    }
}
