package org.osdkit.logs.read;

import java.util.Objects;
import org.osdkit.core.ErrorCode;
import org.osdkit.logs.LogsErrors;

/**
 * Something wrong with a file or one record, reported while reading goes on.
 *
 * @param source  the file
 * @param line    the line it concerns, or 0 for the whole file
 * @param code    a {@link LogsErrors} code
 * @param message what was wrong, in words
 */
public record ReadProblem(String source, long line, ErrorCode code, String message) {

    public ReadProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: message [CODE]}, the way compilers point at a place. */
    public String describe() {
        return source + (line > 0 ? ":" + line : "") + ": " + message + " [" + code.id() + "]";
    }
}
