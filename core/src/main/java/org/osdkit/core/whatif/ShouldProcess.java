package org.osdkit.core.whatif;

/**
 * Asked by a domain operation before each change it makes: {@code true} to make it, {@code false} to
 * leave it (then the operation reports it skipped, or, when {@link #whatIf()}, as planned). Front-ends
 * decide how: always yes, a what-if record, a question per change (the CLI's {@code --confirm}).
 */
@FunctionalInterface
public interface ShouldProcess {

    /** Whether to make {@code change} now. */
    boolean shouldProcess(PlannedOperation change);

    /** True when nothing is to be changed at all and a declined change is a planned one, not a skipped one. */
    default boolean whatIf() {
        return false;
    }

    /** Makes every change without asking. */
    static ShouldProcess always() {
        return change -> true;
    }
}
