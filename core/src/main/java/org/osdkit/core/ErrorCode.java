package org.osdkit.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable, documented error identifier such as {@code CORE-INVALID-SITE-CODE}. The identifier never
 * changes once released, so scripts and dashboards can match on it; the message may be reworded.
 *
 * @param id   upper-case words joined by dashes, the first naming the module
 * @param kind how front-ends should treat the failure
 */
public record ErrorCode(String id, ErrorKind kind) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    public ErrorCode {
        Objects.requireNonNull(kind, "kind");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("error code id must look like MODULE-WHAT-WENT-WRONG, was: " + id);
        }
    }

    public static ErrorCode of(String id, ErrorKind kind) {
        return new ErrorCode(id, kind);
    }

    @Override
    public String toString() {
        return id;
    }
}
