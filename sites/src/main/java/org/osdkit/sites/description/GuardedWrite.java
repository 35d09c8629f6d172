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
 * Carries out a checked plan: stop the service, check the file is still the one read, back it up,
 * write atomically, verify, start the service. Any failure after the stop puts the original bytes
 * back and starts the service again, and the error says what was done.
 */
final class GuardedWrite {

    private final ControlFileDisk disk;
    private final ServiceController service;
    private final Consumer<String> progress;
    private boolean attemptedWrite;

    public GuardedWrite(ControlFileDisk disk, ServiceController service, Consumer<String> progress) {
        this.disk = disk;
        this.service = service;
        this.progress = progress;
    }

    /** Applies {@code plan}; {@code original} and {@code changed} are the parsed files the plan was made from. */
    public void apply(DescriptionChangePlan plan, SiteControlFile original, SiteControlFile changed) {
        ServiceState before = service.query();
        progress.accept("Stopping " + service.description() + " (was " + before + ")");
        try {
            service.stop();
        } catch (RuntimeException failure) {
            OsdkitException e = osdkit(failure, SiteErrors.SERVICE_STOP_FAILED);
            throw new OsdkitException(e.code(), e.getMessage() + " The site control file was not touched." + leaveRunning(before),
                    e.action().orElse(null), e);
        }
        byte[] originalBytes = original.bytes();
        try {
            writeAndVerify(plan, originalBytes, changed);
        } catch (RuntimeException failure) {
            OsdkitException e = osdkit(failure, SiteErrors.WRITE_FAILED);
            // rollBack throws when it cannot restore: the service then stays stopped rather than read a damaged file.
            throw new OsdkitException(e.code(), e.getMessage() + " " + rollBack(plan, originalBytes) + restart(before), e.action().orElse(null), e);
        }
        if (before == ServiceState.STOPPED) {
            progress.accept("Leaving the service stopped, as it was before");
            return;
        }
        progress.accept("Starting " + service.description());
        try {
            service.start();
        } catch (RuntimeException failure) {
            OsdkitException e = osdkit(failure, SiteErrors.SERVICE_START_FAILED);
            throw new OsdkitException(SiteErrors.SERVICE_START_FAILED, e.getMessage() + " " + rollBack(plan, originalBytes) + restart(before),
                    "Check smsexec.log on the site server before trying again.", e);
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
        byte[] content = changed.writableBytes();
        progress.accept("Writing the new " + plan.controlFile().getFileName() + " (temporary file in the same folder, flush, rename)");
        attemptedWrite = true;
        try {
            disk.replace(plan.controlFile(), content);
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.WRITE_FAILED, "Writing " + plan.controlFile() + " failed: " + reason(e) + ".",
                    "Free space or fix permissions on the site server, then try again.", e);
        }
        progress.accept("Verifying that only the description changed");
        byte[] written = read(plan, SiteErrors.VERIFY_FAILED);
        String problem = OnlyValueChanged.check(originalBytes, written, changed, plan);
        if (problem != null) {
            throw new OsdkitException(SiteErrors.VERIFY_FAILED, "The written " + plan.controlFile().getFileName() + " is not the intended change: " + problem + ".",
                    "Check the disk and any program that rewrites the file (antivirus, replication).");
        }
    }

    private byte[] read(DescriptionChangePlan plan, ErrorCode failure) {
        try {
            return disk.read(plan.controlFile());
        } catch (IOException e) {
            throw new OsdkitException(failure, "Cannot read " + plan.controlFile() + " again: " + reason(e) + ".", null, e);
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
                    "Copy the backup " + plan.backupFile() + " over " + plan.controlFile() + " by hand, then start the service.", e);
        }
    }

    private String restart(ServiceState before) {
        if (before == ServiceState.STOPPED) {
            return " The service was stopped before and stays stopped.";
        }
        progress.accept("Starting " + service.description() + " again");
        try {
            service.start();
            return " " + capitalise(service.description()) + " was started again.";
        } catch (OsdkitException e) {
            return " " + capitalise(service.description()) + " did NOT start again (" + e.getMessage() + "): start it by hand.";
        }
    }

    private String leaveRunning(ServiceState before) {
        try {
            if (before != ServiceState.STOPPED && service.query() != ServiceState.RUNNING) {
                return restart(before);
            }
        } catch (OsdkitException e) {
            return " Its state could not be read afterwards (" + e.getMessage() + "): check it by hand.";
        }
        return " The service is still running.";
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
