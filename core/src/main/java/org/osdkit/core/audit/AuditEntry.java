package org.osdkit.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change osdkit made or refused to make: who, when, what, on which target, and the values before
 * and after.
 *
 * @param at      when it happened
 * @param actor   the account that ran osdkit
 * @param action  a dotted verb owned by the module, e.g. {@code drivers.package.create}
 * @param target  what was changed: a package ID, a site code, a store path
 * @param before  the value before, or {@code null}
 * @param after   the value after, or {@code null}
 * @param outcome {@code ok}, {@code failed: ...}, {@code what-if}, ...
 */
public record AuditEntry(Instant at, String actor, String action, String target, String before, String after, String outcome) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        requireText(actor, "actor");
        requireText(action, "action");
        requireText(target, "target");
        requireText(outcome, "outcome");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("audit entry " + field + " is required");
        }
    }
}
