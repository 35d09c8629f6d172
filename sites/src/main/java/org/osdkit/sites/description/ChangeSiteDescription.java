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
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.sites.ConfigMgrVersion;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.controlfile.ScfLine;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.controlfile.SiteDefinition;
import org.osdkit.sites.hierarchy.SiteInventory;
import org.osdkit.sites.service.ServiceController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes a site's description in its site control file (SMS 2003 / ConfigMgr 2007), the safe way:
 * every precondition checked first, then stop SMS_EXECUTIVE, back up, write atomically, verify, start,
 * record in the history and the audit journal; any failure after the stop restores the original.
 * The edit is not supported by Microsoft, so it needs {@code force}; ConfigMgr 2012+ is refused.
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
    private final String actor;
    private final ControlFileDisk disk;

    /**
     * A use case that records changes in {@code history}, keeps {@code inventory}'s site names in step
     * and writes audit entries as {@code actor}.
     */
    public ChangeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, String actor) {
        this(history, inventory, audit, clock, actor, new LocalDisk());
    }

    /** With another disk: tests make it fill up or write the wrong bytes. */
    ChangeSiteDescription(ChangeHistory history, SiteInventory inventory, AuditJournal audit, Clock clock, String actor, ControlFileDisk disk) {
        this.history = history;
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
        this.disk = disk;
    }

    /** Plans and, unless it is a what-if run, applies the change; {@code progress} hears each step as it starts. */
    public DescriptionChangeOutcome run(DescriptionChangeRequest request, ServiceController service, Consumer<String> progress) {
        return run(request, service, progress, null, null);
    }

    /** The same, for a revert: the current value must be {@code expectedCurrent}, and the change is linked to {@code revertOf}. */
    DescriptionChangeOutcome run(DescriptionChangeRequest request, ServiceController service, Consumer<String> progress,
                                 String expectedCurrent, Long revertOf) {
        String action = revertOf == null ? ACTION : RevertSiteDescription.ACTION;
        // Every step also goes to osdkit's own log, so the admin finds it later in CMTrace beside sitectrl.log.
        Consumer<String> logged = step -> {
            LOG.info("{} {}: {}", action, request.site(), step);
            progress.accept(step);
        };
        try {
            return plannedAndApplied(request, service, logged, expectedCurrent, revertOf, action);
        } catch (OsdkitException e) {
            LOG.warn("{} {} did not complete: [{}] {}", action, request.site(), e.code().id(), e.describe());
            if (!request.whatIf()) {
                String verdict = e.code().kind() == ErrorKind.FAILED || e.code().kind() == ErrorKind.UNAVAILABLE ? "failed" : "refused";
                audit.record(new AuditEntry(clock.instant(), actor, action, request.site().value(), null, request.description(),
                        verdict + ": [" + e.code().id() + "] " + e.getMessage()));
            }
            throw e;
        }
    }

    private DescriptionChangeOutcome plannedAndApplied(DescriptionChangeRequest request, ServiceController service, Consumer<String> progress,
                                                       String expectedCurrent, Long revertOf, String action) {
        // A revert puts back a value the file already held, so the rules for new text do not apply to it.
        String description = revertOf == null ? request.rules().check(request.description()) : request.description();
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
        SiteControlFile changed = original.withSiteName(description);
        DescriptionChangePlan plan = plan(located, original, changed, def, version, description, service, revertOf);
        if (request.whatIf()) {
            return new DescriptionChangeOutcome(plan, null, false);
        }
        if (!request.force()) {
            throw new OsdkitException(SiteErrors.FORCE_REQUIRED, "Not changed: this edit of the site control file is not supported by Microsoft.",
                    "Read the warning, try --what-if, and re-run with --force to go ahead.");
        }
        new GuardedWrite(disk, service, progress).apply(plan, original, changed);
        SiteChange recorded;
        try {
            recorded = history.add(new SiteChange(0, clock.instant(), actor, def.siteCode(), file.toString(), def.siteName(), description,
                    plan.backupFile().toString(), plan.sha256(), changed.sha256(), revertOf));
        } catch (RuntimeException e) {
            // The edit is done and verified; undoing it because a database is down would be the riskier move.
            throw new OsdkitException(SiteErrors.HISTORY_FAILED, "The description of site " + def.siteCode() + " WAS changed from \"" + def.siteName()
                    + "\" to \"" + description + "\" (backup " + plan.backupFile() + "), but recording the change failed: " + e.getMessage() + ".",
                    "Note the backup's path: 'sites revert' cannot find this change.", e);
        }
        audit.record(new AuditEntry(recorded.changedAt(), actor, action, def.siteCode().value(), def.siteName(), description,
                "ok: change " + recorded.id() + ", backup " + plan.backupFile()));
        inventory.rename(def.siteCode(), description);
        progress.accept("Recorded as change " + recorded.id());
        return new DescriptionChangeOutcome(plan, recorded, false);
    }

    private DescriptionChangePlan plan(ControlFileLocator.Located located, SiteControlFile original, SiteControlFile changed, SiteDefinition def,
                                       ConfigMgrVersion version, String description, ServiceController service, Long revertOf) {
        Path file = located.file();
        Path backup = backupPath(file);
        List<ScfLine> lines = original.lines();
        int line = def.siteNameLine();
        List<String> steps = List.of(
                "Stop " + service.description() + " and wait until it is stopped",
                "Check that " + file.getFileName() + " still has SHA-256 " + original.sha256().substring(0, 16) + "...",
                "Back up " + file.getFileName() + " to " + backup,
                "Write the new file atomically (temporary file in " + file.getParent() + ", flush, rename)",
                "Verify that only the bytes of the description changed",
                "Start " + service.description() + " and wait until it runs",
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
