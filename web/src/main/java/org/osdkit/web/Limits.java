package org.osdkit.web;

import io.javalin.http.Context;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;

/** The {@code limit} query parameter of list endpoints: 50 by default, 1 to 1,000. */
final class Limits {

    static final ErrorCode INVALID_LIMIT = ErrorCode.of("WEB-INVALID-LIMIT", ErrorKind.INVALID_INPUT);

    private Limits() {
    }

    static int of(Context ctx) {
        String text = ctx.queryParam("limit");
        if (text == null || text.isBlank()) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= 1000) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as an out-of-range number
        }
        throw new OsdkitException(INVALID_LIMIT, "limit must be a whole number from 1 to 1000, was \"" + text + "\".");
    }
}
