package org.osdkit.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.osdkit.core.Actor;

/**
 * Who sent a request: signed in through a browser session (which then also needs the CSRF token to
 * change anything) or with the bearer token. Anonymous requests have none.
 */
record Principal(Actor actor, Sessions.Session session) {

    private static final String ATTRIBUTE = "osdkit.principal";

    static Optional<Principal> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    static boolean signedIn(Context ctx) {
        return of(ctx).isPresent();
    }

    void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }
}
