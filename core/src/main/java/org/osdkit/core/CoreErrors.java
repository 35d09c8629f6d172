package org.osdkit.core;

/** Error codes raised by the core vocabulary and infrastructure. */
public final class CoreErrors {

    public static final ErrorCode INVALID_SITE_CODE = ErrorCode.of("CORE-INVALID-SITE-CODE", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_PACKAGE_ID = ErrorCode.of("CORE-INVALID-PACKAGE-ID", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_HARDWARE_MODEL = ErrorCode.of("CORE-INVALID-HARDWARE-MODEL", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_OS_TARGET = ErrorCode.of("CORE-INVALID-OS-TARGET", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_ARCHITECTURE = ErrorCode.of("CORE-INVALID-ARCHITECTURE", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_UNC_PATH = ErrorCode.of("CORE-INVALID-UNC-PATH", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_ACTOR = ErrorCode.of("CORE-INVALID-ACTOR", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_DB_URL = ErrorCode.of("CORE-INVALID-DB-URL", ErrorKind.INVALID_INPUT);
    public static final ErrorCode DB_UNREACHABLE = ErrorCode.of("CORE-DB-UNREACHABLE", ErrorKind.UNAVAILABLE);
    public static final ErrorCode DB_MIGRATION_FAILED = ErrorCode.of("CORE-DB-MIGRATION-FAILED", ErrorKind.FAILED);
    public static final ErrorCode DB_MIGRATION_CHANGED = ErrorCode.of("CORE-DB-MIGRATION-CHANGED", ErrorKind.CONFLICT);
    public static final ErrorCode WORKSPACE_UNUSABLE = ErrorCode.of("CORE-WORKSPACE-UNUSABLE", ErrorKind.UNAVAILABLE);
    public static final ErrorCode INTENT_WRITE_FAILED = ErrorCode.of("CORE-INTENT-WRITE-FAILED", ErrorKind.FAILED);
    public static final ErrorCode LOG_WRITE_FAILED = ErrorCode.of("CORE-LOG-WRITE-FAILED", ErrorKind.FAILED);

    private CoreErrors() {
    }
}
