package org.osdkit.statemigration.associations;

import java.nio.file.Path;

/**
 * A record of an export that was skipped, with where it is and what was wrong, so the admin can fix
 * the export; the import goes on with the next record.
 *
 * @param file    the export file
 * @param line    line of the record (1-based; CSV: where the record starts, JSON: where its object starts)
 * @param field   the ConfigMgr property at fault, or {@code null} when the whole record is
 * @param message what was wrong
 */
public record ImportProblem(Path file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " " + field) + ": " + message;
    }
}
