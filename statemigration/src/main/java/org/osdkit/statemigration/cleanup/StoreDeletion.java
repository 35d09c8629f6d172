package org.osdkit.statemigration.cleanup;

import java.nio.file.Path;
import java.util.List;
import org.osdkit.core.files.ConfinedDeletion;
import org.osdkit.core.files.DeletionFileSystem;
import org.osdkit.core.files.DeletionResult;

/**
 * Deletes one store folder through core's {@link ConfinedDeletion}, the storage folders being the roots,
 * and words the outcome as a journal step: a store containing a mount point, junction or another file
 * system is FAILED with the reason naming it (what is mounted there is left alone), one resolving
 * outside the storage folders or being a link is REFUSED. Nothing it meets escapes as an exception but
 * an {@link Error}, so one bad store never stops the run (the KB961269 class of bug).
 */
final class StoreDeletion {

    /** The outcome of deleting one store. */
    record Result(StepState state, long bytes, String reason) {
    }

    private static final int MAX_TEXT = 400;

    private final ConfinedDeletion deletion;

    StoreDeletion(DeletionFileSystem fileSystem) {
        this.deletion = new ConfinedDeletion(fileSystem);
    }

    Result delete(List<Path> storageFolders, Path store) {
        DeletionResult r;
        try {
            r = deletion.delete(storageFolders, store);
        } catch (RuntimeException e) {
            // E.g. a DirectoryIteratorException from a folder that changed while listed: this store fails, the run goes on.
            return new Result(StepState.FAILED, 0, abbreviate("unexpected " + e.getClass().getSimpleName() + " while deleting " + store + ": " + e.getMessage()));
        }
        return switch (r.outcome()) {
            case DELETED -> new Result(StepState.DELETED, r.bytes(), null);
            case ABSENT -> new Result(StepState.FAILED, 0, abbreviate("the store folder vanished before deletion: " + store));
            case REFUSED -> new Result(StepState.REFUSED, 0, abbreviate(r.reason()));
            case FAILED -> new Result(StepState.FAILED, r.bytes(), abbreviate(r.reason()));
        };
    }

    /** Keeps reasons readable and within the journal's and audit's columns: a 4,000-character path shows its start and end. */
    static String abbreviate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT / 2) + "..." + text.substring(text.length() - MAX_TEXT / 2 + 3);
    }
}
