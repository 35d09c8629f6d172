package org.osdkit.logs;

import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;

/** Error codes of the logs module: file-level and record-level problems, bad inputs, rule packs. */
public final class LogsErrors {

    /** A named file, folder or glob does not exist or matches no log file. */
    public static final ErrorCode INPUT_NOT_FOUND = ErrorCode.of("LOG-INPUT-NOT-FOUND", ErrorKind.NOT_FOUND);
    /** A file exists but cannot be opened or read (permissions, locked, I/O error). */
    public static final ErrorCode FILE_UNREADABLE = ErrorCode.of("LOG-FILE-UNREADABLE", ErrorKind.UNAVAILABLE);
    /** The file holds binary data, not log text. */
    public static final ErrorCode BINARY_FILE = ErrorCode.of("LOG-BINARY-FILE", ErrorKind.INVALID_INPUT);
    /** The file is empty. */
    public static final ErrorCode EMPTY_FILE = ErrorCode.of("LOG-EMPTY-FILE", ErrorKind.INVALID_INPUT);
    /** A record could not be parsed and is kept as an unparsed fragment (torn, interleaved, truncated). */
    public static final ErrorCode UNPARSED_RECORD = ErrorCode.of("LOG-UNPARSED-RECORD", ErrorKind.INVALID_INPUT);
    /** A record's time, date or bias is invalid; the record is kept without that value. */
    public static final ErrorCode INVALID_TIMESTAMP = ErrorCode.of("LOG-INVALID-TIMESTAMP", ErrorKind.INVALID_INPUT);
    /** A message longer than the configured cap was cut; its full length is reported. */
    public static final ErrorCode MESSAGE_TRUNCATED = ErrorCode.of("LOG-MESSAGE-TRUNCATED", ErrorKind.INVALID_INPUT);
    /** A followed log disappeared (deleted or renamed away) while tailing. */
    public static final ErrorCode FILE_VANISHED = ErrorCode.of("LOG-FILE-VANISHED", ErrorKind.NOT_FOUND);
    /** An error code given for decoding is not a number in any accepted form. */
    public static final ErrorCode INVALID_ERROR_CODE = ErrorCode.of("LOG-INVALID-ERROR-CODE", ErrorKind.INVALID_INPUT);
    /** A rule pack is not valid YAML/JSON or a rule in it is incomplete. */
    public static final ErrorCode INVALID_RULE_PACK = ErrorCode.of("LOG-INVALID-RULE-PACK", ErrorKind.INVALID_INPUT);
    /** A filter clause (regex, time, severity) is malformed. */
    public static final ErrorCode INVALID_FILTER = ErrorCode.of("LOG-INVALID-FILTER", ErrorKind.INVALID_INPUT);
    /** An output file exists and would be overwritten, or is one of the inputs. */
    public static final ErrorCode OUTPUT_EXISTS = ErrorCode.of("LOG-OUTPUT-EXISTS", ErrorKind.REFUSED);
    /** Writing an output file failed. */
    public static final ErrorCode WRITE_FAILED = ErrorCode.of("LOG-WRITE-FAILED", ErrorKind.FAILED);
    /** A stored diagnosis run was asked for by an id that does not exist. */
    public static final ErrorCode RUN_NOT_FOUND = ErrorCode.of("LOG-RUN-NOT-FOUND", ErrorKind.NOT_FOUND);

    private LogsErrors() {
    }
}
