package org.osdkit.sites;

import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;

/** Error codes of the sites module; the ids are stable and listed in the README. */
public final class SiteErrors {

    /** A site control file or hierarchy file is missing or cannot be read. */
    public static final ErrorCode FILE_UNREADABLE = ErrorCode.of("SITE-FILE-UNREADABLE", ErrorKind.NOT_FOUND);
    /** The site control file has lines osdkit could not parse, so it will not write it back. */
    public static final ErrorCode SCF_UNPARSED = ErrorCode.of("SITE-SCF-UNPARSED", ErrorKind.REFUSED);
    /** The site control file has no (usable) site definition. */
    public static final ErrorCode SCF_NO_SITE_DEFINITION = ErrorCode.of("SITE-SCF-NO-SITE-DEFINITION", ErrorKind.INVALID_INPUT);
    /** The site code given is not the site control file's own. */
    public static final ErrorCode NOT_OWN_SITE = ErrorCode.of("SITE-NOT-OWN-SITE", ErrorKind.CONFLICT);
    /** The new description breaks a rule (ASCII, no angle brackets or line breaks, length). */
    public static final ErrorCode INVALID_DESCRIPTION = ErrorCode.of("SITE-INVALID-DESCRIPTION", ErrorKind.INVALID_INPUT);
    /** The new description starts or ends with blanks, which ConfigMgr trims: the site would not be named as asked. */
    public static final ErrorCode DESCRIPTION_UNTRIMMED = ErrorCode.of("SITE-DESCRIPTION-UNTRIMMED", ErrorKind.INVALID_INPUT);
    /** The site control file or its folder is read-only (file attribute, permissions, immutable flag, read-only mount). */
    public static final ErrorCode FILE_READ_ONLY = ErrorCode.of("SITE-FILE-READ-ONLY", ErrorKind.REFUSED);
    /** A delta (.CT1) waits in the inbox's incoming folder and would override the edit. */
    public static final ErrorCode PENDING_DELTA = ErrorCode.of("SITE-PENDING-DELTA", ErrorKind.CONFLICT);
    /** The file changed between reading and writing (optimistic lock). */
    public static final ErrorCode FILE_CHANGED = ErrorCode.of("SITE-FILE-CHANGED", ErrorKind.CONFLICT);
    /** ConfigMgr 2012 and later: the database is authoritative, the file edit is refused. */
    public static final ErrorCode UNSUPPORTED_VERSION = ErrorCode.of("SITE-UNSUPPORTED-VERSION", ErrorKind.REFUSED);
    /** The ConfigMgr version could not be told from the file and was not given. */
    public static final ErrorCode VERSION_UNKNOWN = ErrorCode.of("SITE-VERSION-UNKNOWN", ErrorKind.REFUSED);
    /** The unsupported file edit was not acknowledged with --force. */
    public static final ErrorCode FORCE_REQUIRED = ErrorCode.of("SITE-FORCE-REQUIRED", ErrorKind.REFUSED);
    /** No way to control the SMS Executive service here. */
    public static final ErrorCode SERVICE_UNAVAILABLE = ErrorCode.of("SITE-SERVICE-UNAVAILABLE", ErrorKind.UNAVAILABLE);
    /** The service did not stop. */
    public static final ErrorCode SERVICE_STOP_FAILED = ErrorCode.of("SITE-SERVICE-STOP-FAILED", ErrorKind.FAILED);
    /** The service did not start. */
    public static final ErrorCode SERVICE_START_FAILED = ErrorCode.of("SITE-SERVICE-START-FAILED", ErrorKind.FAILED);
    /** The backup copy could not be made; nothing was changed. */
    public static final ErrorCode BACKUP_FAILED = ErrorCode.of("SITE-BACKUP-FAILED", ErrorKind.FAILED);
    /** Writing the new file failed; the original was restored. */
    public static final ErrorCode WRITE_FAILED = ErrorCode.of("SITE-WRITE-FAILED", ErrorKind.FAILED);
    /** The written file was not exactly the intended change; the original was restored. */
    public static final ErrorCode VERIFY_FAILED = ErrorCode.of("SITE-VERIFY-FAILED", ErrorKind.FAILED);
    /** Restoring the backup failed: the admin must restore it by hand. */
    public static final ErrorCode ROLLBACK_FAILED = ErrorCode.of("SITE-ROLLBACK-FAILED", ErrorKind.FAILED);
    /** The file was changed, but recording the change in the history failed. */
    public static final ErrorCode HISTORY_FAILED = ErrorCode.of("SITE-HISTORY-FAILED", ErrorKind.FAILED);
    /** An earlier change of the site was left unfinished (a killed run) and could not be finished or rolled back. */
    public static final ErrorCode RECOVERY_FAILED = ErrorCode.of("SITE-RECOVERY-FAILED", ErrorKind.FAILED);
    /** Another osdkit process is changing the site's description right now. */
    public static final ErrorCode CHANGE_IN_PROGRESS = ErrorCode.of("SITE-CHANGE-IN-PROGRESS", ErrorKind.CONFLICT);
    /** A recorded change id does not exist. */
    public static final ErrorCode CHANGE_NOT_FOUND = ErrorCode.of("SITE-CHANGE-NOT-FOUND", ErrorKind.NOT_FOUND);
    /** A revert would overwrite a value that changed after the recorded change. */
    public static final ErrorCode REVERT_CONFLICT = ErrorCode.of("SITE-REVERT-CONFLICT", ErrorKind.CONFLICT);
    /** A hierarchy description cannot be read (syntax). */
    public static final ErrorCode HIERARCHY_UNREADABLE = ErrorCode.of("SITE-HIERARCHY-UNREADABLE", ErrorKind.INVALID_INPUT);
    /** A hierarchy breaks the rules (duplicate codes, cycles, wrong parent types). */
    public static final ErrorCode HIERARCHY_INVALID = ErrorCode.of("SITE-HIERARCHY-INVALID", ErrorKind.INVALID_INPUT);
    /** A site code is not in the hierarchy. */
    public static final ErrorCode SITE_NOT_FOUND = ErrorCode.of("SITE-NOT-FOUND", ErrorKind.NOT_FOUND);

    private SiteErrors() {
    }
}
