package org.osdkit.sites.description;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.controlfile.SiteControlFile;
import org.osdkit.sites.service.ServiceController;
import org.osdkit.sites.service.ServiceState;

/**
 * Carries out a checked plan whose attempt is already recorded: stop the service, check the file is
 * still the one read, back it up, write atomically, verify, start the service (retried with back-off),
 * moving the attempt on at every step. Any failure after the stop puts the original bytes back and
 * starts the service again; the attempt ends {@link AttemptState#ROLLED_BACK} when that worked and
 * stays unfinished (for {@code sites recover}) when it did not, and the error says what was done.
 */
final class GuardedWrite {

    /** How a restart after a failure ended: the sentence for the error, and whether the service is as it was before. */
    private record Restart(boolean asBefore, String sentence) {
    }

    private final ControlFileDisk disk;
    private final ServiceController service;
    private final StartRetry retry;
    private final AttemptLog log;
    private final Consumer<String> progress;
    private boolean attemptedWrite;

    GuardedWrite(ControlFileDisk disk, ServiceController service, StartRetry retry, AttemptLog log, Consumer<String> progress) {
        this.disk = disk;
        this.service = service;
        this.retry = retry;
        this.log = log;
        this.progress = progress;
    }

    /**
     * Applies {@code plan}; {@code original} and {@code changed} are the parsed files the plan was made
     * from, {@code before} the service's state when the attempt was recorded. Returns how the service
     * ended, for the attempt's last note.
     */
    String apply(DescriptionChangePlan plan, SiteControlFile original, SiteControlFile changed, ServiceState before) {
        progress.accept("Stopping " + service.description() + " (was " + before + ")");
        try {
            service.stop();
        } catch (RuntimeException failure) {
            OsdkitException e = osdkit(failure, SiteErrors.SERVICE_STOP_FAILED);
            Restart after = leaveRunning(before);
            String message = e.getMessage() + " The site control file was not touched." + after.sentence();
            end(after, "[" + e.code().id() + "] " + message);
            throw new OsdkitException(e.code(), message, e.action().orElse(null), e);
        }
        log.bestEffort(AttemptState.STOPPED, service.description() + " stopped");
        byte[] originalBytes = original.bytes();
        try {
            writeAndVerify(plan, originalBytes, changed);
        } catch (RuntimeException failure) {
            OsdkitException e = osdkit(failure, SiteErrors.WRITE_FAILED);
            throw rolledBack(e, e.code(), e.action().orElse(null), plan, originalBytes, before);
        }
        if (before == ServiceState.STOPPED) {
            progress.accept("Leaving the service stopped, as it was before");
            return "the service was stopped before and stays stopped";
        }
        progress.accept("Starting " + service.description());
        try {
            int tries = retry.start(service, progress);
            return service.description() + " started" + (tries > 1 ? " on try " + tries + " of " + retry.tries() : "");
        } catch (RuntimeException failure) {
            OsdkitException e = osdkit(failure, SiteErrors.SERVICE_START_FAILED);
            throw rolledBack(e, SiteErrors.SERVICE_START_FAILED, "Check smsexec.log on the site server before trying again.", plan, originalBytes, before);
        }
    }

    private void writeAndVerify(DescriptionChangePlan plan, byte[] originalBytes, SiteControlFile changed) {
        byte[] now = read(plan, SiteErrors.FILE_CHANGED);
        // The plan's SHA-256 is that of originalBytes, so comparing the bytes is the same check without hashing again.
        if (!Arrays.equals(now, originalBytes)) {
            throw new OsdkitException(SiteErrors.FILE_CHANGED, plan.controlFile() + " changed after osdkit read it (a site component may have "
                    + "written it while the service stopped).", "Run the command again to work on the current file.");
        }
        progress.accept("Backing up " + plan.controlFile().getFileName() + " to " + plan.backupFile());
        try {
            disk.backup(plan.controlFile(), plan.backupFile());
            if (!Arrays.equals(disk.read(plan.backupFile()), originalBytes)) {
                throw new IOException("the backup's bytes differ from the original");
            }
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.BACKUP_FAILED, "Cannot back up " + plan.controlFile() + " to " + plan.backupFile() + ": " + reason(e) + ".",
                    "Free space or fix permissions in the history folder.", e);
        }
        // From this record on, recovery treats content that is neither original nor intended as osdkit's to undo.
        log.required(AttemptState.BACKED_UP, "backup " + plan.backupFile() + " verified");
        byte[] content = changed.writableBytes();
        progress.accept("Writing the new " + plan.controlFile().getFileName() + " (temporary file in the same folder, flush, rename)");
        attemptedWrite = true;
        try {
            disk.replace(plan.controlFile(), content);
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.WRITE_FAILED, "Writing " + plan.controlFile() + " failed: " + reason(e) + ".",
                    "Free space or fix permissions on the site server, then try again.", e);
        }
        log.bestEffort(AttemptState.WRITTEN, "new file renamed into place");
        progress.accept("Verifying that only the description changed");
        byte[] written = read(plan, SiteErrors.VERIFY_FAILED);
        String problem = OnlyValueChanged.check(originalBytes, written, changed, plan);
        if (problem != null) {
            throw new OsdkitException(SiteErrors.VERIFY_FAILED, "The written " + plan.controlFile().getFileName() + " is not the intended change: " + problem + ".",
                    "Check the disk and any program that rewrites the file (antivirus, replication).");
        }
        log.bestEffort(AttemptState.VERIFIED, "only the description's bytes differ from the original");
    }

    private byte[] read(DescriptionChangePlan plan, ErrorCode failure) {
        try {
            return disk.read(plan.controlFile());
        } catch (IOException e) {
            throw new OsdkitException(failure, "Cannot read " + plan.controlFile() + " again: " + reason(e) + ".", null, e);
        }
    }

    /** Rolls back after {@code e}, restarts the service, records how the attempt ended and returns the error to throw. */
    private OsdkitException rolledBack(OsdkitException e, ErrorCode code, String action, DescriptionChangePlan plan, byte[] originalBytes,
                                       ServiceState before) {
        String restored;
        try {
            restored = rollBack(plan, originalBytes);
        } catch (OsdkitException rollbackFailed) {
            // The attempt stays unfinished: recovery will find a file that is neither and restore the backup.
            log.note("[" + e.code().id() + "] " + e.getMessage() + " Then [" + rollbackFailed.code().id() + "] " + rollbackFailed.getMessage());
            throw rollbackFailed;
        }
        if (attemptedWrite) {
            log.bestEffort(AttemptState.RESTORED, restored);
        }
        Restart after = restart(before);
        String message = e.getMessage() + " " + restored + after.sentence();
        end(after, "[" + e.code().id() + "] " + message);
        return new OsdkitException(code, message, action, e);
    }

    /** The attempt is finished only if the service is back as it was; otherwise recovery must still start it. */
    private void end(Restart after, String note) {
        if (after.asBefore()) {
            log.bestEffort(AttemptState.ROLLED_BACK, note);
        } else {
            log.note(note);
        }
    }

    /** Puts the original bytes back unless the file still holds them; returns what happened, for the error message. */
    private String rollBack(DescriptionChangePlan plan, byte[] originalBytes) {
        if (!attemptedWrite) {
            // Nothing of ours is in the file; after FILE_CHANGED it holds another writer's bytes, which must stay.
            return "osdkit did not write the site control file.";
        }
        try {
            if (Arrays.equals(disk.read(plan.controlFile()), originalBytes)) {
                return "The site control file is unchanged.";
            }
        } catch (IOException e) {
            // Unreadable now: restore anyway.
        }
        progress.accept("Restoring the original " + plan.controlFile().getFileName());
        try {
            disk.replace(plan.controlFile(), originalBytes);
            if (!Arrays.equals(disk.read(plan.controlFile()), originalBytes)) {
                throw new IOException("the restored file's bytes differ from the original");
            }
            return "The original site control file was restored byte for byte.";
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.ROLLBACK_FAILED, "Restoring " + plan.controlFile() + " failed (" + reason(e) + ") after an earlier failure; "
                    + service.description() + " was left stopped so that it does not read a damaged file.",
                    "Copy the backup " + plan.backupFile() + " over " + plan.controlFile() + " by hand, then start the service, "
                            + "or let 'osdkit sites recover' do both once the disk works again.", e);
        }
    }

    private Restart restart(ServiceState before) {
        if (before == ServiceState.STOPPED) {
            return new Restart(true, " The service was stopped before and stays stopped.");
        }
        progress.accept("Starting " + service.description() + " again");
        try {
            retry.start(service, progress);
            return new Restart(true, " " + capitalise(service.description()) + " was started again.");
        } catch (RuntimeException e) {
            return new Restart(false, " " + capitalise(service.description()) + " did NOT start again (" + e.getMessage()
                    + "): start it by hand, or run 'osdkit sites recover'.");
        }
    }

    private Restart leaveRunning(ServiceState before) {
        try {
            if (before != ServiceState.STOPPED && service.query() != ServiceState.RUNNING) {
                return restart(before);
            }
        } catch (RuntimeException e) {
            return new Restart(false, " Its state could not be read afterwards (" + e.getMessage() + "): check it by hand.");
        }
        return new Restart(true, before == ServiceState.STOPPED ? " The service was stopped before." : " The service is still running.");
    }

    /** Anything unexpected still gets the rollback: it becomes an osdkit error of the step that failed. */
    private static OsdkitException osdkit(RuntimeException failure, ErrorCode step) {
        return failure instanceof OsdkitException e ? e
                : new OsdkitException(step, "Unexpected " + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ".", null, failure);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
