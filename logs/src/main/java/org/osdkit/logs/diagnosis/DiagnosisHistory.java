package org.osdkit.logs.diagnosis;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.Actor;
import org.osdkit.logs.jdbc.LogsStorage;

/**
 * Where diagnosis runs and their findings are kept (the module's {@code logs_} tables), so the
 * dashboard and {@code osdkit logs history} can show what was found when. Parsing never needs it; the
 * JDBC implementation comes from {@code LogsStorage.jdbc(database)}.
 */
public interface DiagnosisHistory {

    /** Stores a finished run with its findings and evidence in one transaction, as run by {@code actor} (stored in its text form); returns its id. */
    long record(DiagnosisReport report, Actor actor);

    /** The newest runs first. */
    List<DiagnosisRun> recent(int limit);

    /** One run, or empty when there is none with this id. */
    Optional<DiagnosisRun> run(long id);

    /** The findings of one run, in the order they were reported. */
    List<Finding> findings(long runId);
}
