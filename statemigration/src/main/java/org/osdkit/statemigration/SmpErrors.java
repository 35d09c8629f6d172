package org.osdkit.statemigration;

import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;

/** Error codes of the statemigration module; the ids are stable, scripts may match on them. */
public final class SmpErrors {

    /** SMP settings that ConfigMgr would not accept (MaxClients 0, a percentage over 100, a negative delay). */
    public static final ErrorCode INVALID_SETTINGS = ErrorCode.of("SMP-INVALID-SETTINGS", ErrorKind.INVALID_INPUT);
    /** An association or SMP role export that cannot be read at all (missing file, not CSV/JSON). */
    public static final ErrorCode EXPORT_UNREADABLE = ErrorCode.of("SMP-EXPORT-UNREADABLE", ErrorKind.INVALID_INPUT);
    /** No SMP has been configured in osdkit yet, or the named one is unknown. */
    public static final ErrorCode NOT_CONFIGURED = ErrorCode.of("SMP-NOT-CONFIGURED", ErrorKind.NOT_FOUND);
    /** Several SMPs are configured and the command did not say which one. */
    public static final ErrorCode SMP_AMBIGUOUS = ErrorCode.of("SMP-AMBIGUOUS", ErrorKind.INVALID_INPUT);
    /** A cleanup run of this SMP was interrupted; it must be resumed before a new one starts. */
    public static final ErrorCode CLEANUP_UNFINISHED = ErrorCode.of("SMP-CLEANUP-UNFINISHED", ErrorKind.CONFLICT);
    /**
     * Another cleanup of this SMP is running (its lock's heartbeat is fresh): a second run, or a
     * {@code --resume} of the running one, is refused; the message names the holder's host, process and start.
     */
    public static final ErrorCode CLEANUP_RUNNING = ErrorCode.of("SMP-CLEANUP-RUNNING", ErrorKind.CONFLICT);
    /** A running cleanup lost its lock (taken over after its heartbeat stopped): it stops before the next store. */
    public static final ErrorCode CLEANUP_LOCK_LOST = ErrorCode.of("SMP-CLEANUP-LOCK-LOST", ErrorKind.CONFLICT);
    /** {@code --resume} was asked for but no interrupted run exists. */
    public static final ErrorCode NO_RUN_TO_RESUME = ErrorCode.of("SMP-NO-RUN-TO-RESUME", ErrorKind.NOT_FOUND);
    /** A hold to remove does not exist. */
    public static final ErrorCode HOLD_NOT_FOUND = ErrorCode.of("SMP-HOLD-NOT-FOUND", ErrorKind.NOT_FOUND);
    /**
     * A hold whose target resolves to no association and no store folder: a misspelt store path that was
     * accepted would hold nothing while the admin believes the store is safe, so it is refused.
     */
    public static final ErrorCode HOLD_MATCHES_NOTHING = ErrorCode.of("SMP-HOLD-MATCHES-NOTHING", ErrorKind.NOT_FOUND);
    /** The last health check kept in the database cannot be read back (written by an incompatible osdkit). */
    public static final ErrorCode HEALTH_UNREADABLE = ErrorCode.of("SMP-HEALTH-UNREADABLE", ErrorKind.FAILED);
    /** A cleanup run journal that does not exist. */
    public static final ErrorCode RUN_NOT_FOUND = ErrorCode.of("SMP-RUN-NOT-FOUND", ErrorKind.NOT_FOUND);

    private SmpErrors() {
    }
}
