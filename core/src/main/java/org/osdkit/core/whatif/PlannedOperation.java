package org.osdkit.core.whatif;

/**
 * One change an operation would make, in PowerShell's words: the operation ("Delete state store"), its
 * target (a path, a site, a package ID) and what else an admin wants to see before saying yes.
 *
 * @param operation what is done, a short verb phrase
 * @param target    what it is done to
 * @param detail    more about it ("ACCOUNTING-01, 1,024 bytes"), empty when there is nothing to add
 */
public record PlannedOperation(String operation, String target, String detail) {

    public PlannedOperation {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("a planned operation needs a name");
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("the planned operation \"" + operation + "\" needs a target");
        }
        detail = detail == null ? "" : detail.strip();
    }

    /** An operation with nothing to add. */
    public static PlannedOperation of(String operation, String target) {
        return new PlannedOperation(operation, target, "");
    }

    /** PowerShell's what-if line: {@code What if: Performing the operation "X" on target "Y" (detail).} */
    public String whatIfLine() {
        return "What if: " + description();
    }

    /** {@code Performing the operation "X" on target "Y" (detail).}, also the confirmation question's text. */
    public String description() {
        return "Performing the operation \"" + operation + "\" on target \"" + target + "\"" + (detail.isEmpty() ? "" : " (" + detail + ")") + ".";
    }
}
