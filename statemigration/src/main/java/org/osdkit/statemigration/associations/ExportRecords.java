package org.osdkit.statemigration.associations;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What reading one export has yielded so far: the associations in file order, and the records skipped with their reasons. */
final class ExportRecords {

    private final Path file;
    private final List<ComputerAssociation> associations = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    ExportRecords(Path file) {
        this.file = file;
    }

    /** Takes the record that starts at {@code line}, or skips it when its key is incomplete. */
    void add(int line, ExportedAssociation record) {
        String missing = record.sourceClientResourceId() == null ? "SourceClientResourceID"
                : record.restoreClientResourceId() == null ? "RestoreClientResourceID" : null;
        if (missing != null) {
            skip(line, missing, missing + " is missing (it is part of the association's key); record skipped");
        } else {
            associations.add(record.toAssociation());
        }
    }

    /** Skips the record at {@code line} that Jackson could not bind: the last property on the exception's path is the field at fault. */
    void skip(int line, DatabindException e) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        String field = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
        skip(line, field, e.getOriginalMessage() + "; record skipped");
    }

    void skip(int line, String field, String message) {
        problems.add(new ImportProblem(file, Math.max(1, line), field, message));
    }

    ImportResult result() {
        return new ImportResult(associations, problems);
    }
}
