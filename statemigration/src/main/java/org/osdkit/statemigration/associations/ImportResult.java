package org.osdkit.statemigration.associations;

import java.util.List;

/**
 * What an association export held: the associations read and the records skipped, with reasons.
 *
 * @param associations the associations read, in file order
 * @param problems     the records skipped, each with file, line and field
 */
public record ImportResult(List<ComputerAssociation> associations, List<ImportProblem> problems) {

    public ImportResult {
        associations = List.copyOf(associations);
        problems = List.copyOf(problems);
    }
}
