package org.osdkit.statemigration.associations;

import java.nio.file.Path;
import java.util.List;

/**
 * What an association import did.
 *
 * @param file     the export
 * @param read     associations read
 * @param added    new ones
 * @param updated  known ones updated
 * @param problems records skipped, with file, line and field
 */
public record ImportSummary(Path file, int read, int added, int updated, List<ImportProblem> problems) {
}
