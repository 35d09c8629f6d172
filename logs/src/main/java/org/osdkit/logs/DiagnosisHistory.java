package org.osdkit.logs;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.storage.Database;
import org.osdkit.logs.internal.JdbcDiagnosisHistory;

/**
 * Where diagnosis runs and their findings are kept (the module's {@code logs_} tables), so the
 * dashboard and {@code osdkit logs history} can show what was found when. Parsing never needs it.
 */
public interface DiagnosisHistory {

    /** Stores a finished run with its findings and evidence in one transaction; returns its id. */
    long record(DiagnosisReport report, String actor);

    /** The newest runs first. */
    List<DiagnosisRun> recent(int limit);

    /** One run, or empty when there is none with this id. */
    Optional<DiagnosisRun> run(long id);

    /** The findings of one run, in the order they were reported. */
    List<Finding> findings(long runId);

    /** The history in {@code database} (tables created or migrated on first use). */
    static DiagnosisHistory in(Database database) {
        return new JdbcDiagnosisHistory(database);
    }
}
