package org.osdkit.core;

/**
 * What kind of failure an {@link ErrorCode} describes; front-ends map it to an exit code or an HTTP
 * status without knowing every code.
 */
public enum ErrorKind {
    /** The caller gave a value that can never be right (a malformed site code, an unknown option value). */
    INVALID_INPUT,
    /** Something named by the caller does not exist (a package ID, a file, a distribution point). */
    NOT_FOUND,
    /** The request clashes with the current state (a duplicate, a folder owned by another package). */
    CONFLICT,
    /** The operation is deliberately refused for safety (the SMSPXEIMAGE$ share, an unsupported edit). */
    REFUSED,
    /** A resource the operation needs is not reachable (database, share, service). */
    UNAVAILABLE,
    /** The operation ran and failed. */
    FAILED
}
