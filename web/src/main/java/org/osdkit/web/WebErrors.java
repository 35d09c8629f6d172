package org.osdkit.web;

import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;

/** The dashboard's own stable error codes; a domain's codes pass through unchanged. */
public final class WebErrors {

    public static final ErrorCode SIGN_IN_REQUIRED = ErrorCode.of("WEB-SIGN-IN-REQUIRED", ErrorKind.REFUSED);
    public static final ErrorCode BAD_TOKEN = ErrorCode.of("WEB-BAD-TOKEN", ErrorKind.REFUSED);
    public static final ErrorCode CSRF_MISSING = ErrorCode.of("WEB-CSRF-MISSING", ErrorKind.REFUSED);
    public static final ErrorCode HOST_NOT_ALLOWED = ErrorCode.of("WEB-HOST-NOT-ALLOWED", ErrorKind.REFUSED);
    public static final ErrorCode READ_ONLY = ErrorCode.of("WEB-READ-ONLY", ErrorKind.REFUSED);
    public static final ErrorCode TOKEN_PERMISSIONS = ErrorCode.of("WEB-TOKEN-PERMISSIONS", ErrorKind.REFUSED);
    public static final ErrorCode TOKEN_UNREADABLE = ErrorCode.of("WEB-TOKEN-UNREADABLE", ErrorKind.FAILED);
    public static final ErrorCode PATH_OUTSIDE_ROOT = ErrorCode.of("WEB-PATH-OUTSIDE-ROOT", ErrorKind.REFUSED);
    public static final ErrorCode UNKNOWN_ROOT = ErrorCode.of("WEB-UNKNOWN-ROOT", ErrorKind.NOT_FOUND);
    public static final ErrorCode INVALID_INPUT = ErrorCode.of("WEB-INVALID-INPUT", ErrorKind.INVALID_INPUT);
    public static final ErrorCode INVALID_LIMIT = ErrorCode.of("WEB-INVALID-LIMIT", ErrorKind.INVALID_INPUT);
    public static final ErrorCode NOT_FOUND = ErrorCode.of("WEB-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode UPLOAD_TOO_LARGE = ErrorCode.of("WEB-UPLOAD-TOO-LARGE", ErrorKind.INVALID_INPUT);

    private WebErrors() {
    }
}
