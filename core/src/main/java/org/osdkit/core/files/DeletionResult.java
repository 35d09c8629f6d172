package org.osdkit.core.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the deletion of one target did.
 *
 * @param target      the target as the caller named it
 * @param outcome     how it ended
 * @param files       files and links removed (a link counts as one file; its target is never touched)
 * @param directories directories removed, the target included
 * @param bytes       sizes of the files removed
 * @param problems    what was refused, left alone or failed, in walk order; empty when {@link DeletionOutcome#DELETED}
 *                    or {@link DeletionOutcome#ABSENT}
 */
public record DeletionResult(Path target, DeletionOutcome outcome, long files, long directories, long bytes, List<DeletionProblem> problems) {

    public DeletionResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }

    static DeletionResult refused(Path target, String reason) {
        return new DeletionResult(target, DeletionOutcome.REFUSED, 0, 0, 0, List.of(new DeletionProblem(target, reason)));
    }

    static DeletionResult failed(Path target, Path path, String reason) {
        return new DeletionResult(target, DeletionOutcome.FAILED, 0, 0, 0, List.of(new DeletionProblem(path, reason)));
    }

    /** True when the target is gone: deleted now, or not there to begin with. */
    public boolean gone() {
        return outcome == DeletionOutcome.DELETED || outcome == DeletionOutcome.ABSENT;
    }

    /** The first problem's reason, with how many more there were; {@code null} when there was none. */
    public String reason() {
        if (problems.isEmpty()) {
            return null;
        }
        String first = problems.get(0).reason();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
