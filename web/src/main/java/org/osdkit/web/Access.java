package org.osdkit.web;

import io.javalin.security.RouteRole;

/** Javalin route roles: a {@link #MUTATING} route needs a signed-in caller, the CSRF token of a session, and no {@code --read-only}. */
enum Access implements RouteRole {
    READ,
    MUTATING
}
