package org.osdkit.logs.jdbc;

import java.util.Objects;
import org.osdkit.core.storage.Database;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.timeline.TimelineStore;

/**
 * The logs module's storage in a SQL database (its {@code logs_} tables): the one way to get the
 * JDBC implementations of the module's ports.
 *
 * <pre>{@code
 * DiagnosisHistory history = LogsStorage.jdbc(database).diagnosisHistory();
 * }</pre>
 */
public final class LogsStorage {

    private final DiagnosisHistory diagnosisHistory;
    private final TimelineStore timelines;

    private LogsStorage(Database database) {
        this.diagnosisHistory = new JdbcDiagnosisHistory(database);
        this.timelines = new JdbcTimelineStore(database);
    }

    /** The storage in {@code database}; the module's tables are created or migrated here, when it is made. */
    public static LogsStorage jdbc(Database database) {
        return new LogsStorage(Objects.requireNonNull(database, "database"));
    }

    /** Diagnosis runs with their findings and evidence. */
    public DiagnosisHistory diagnosisHistory() {
        return diagnosisHistory;
    }

    /** Diagnosed runs' records kept for browsing (the dashboard's timeline). */
    public TimelineStore timelines() {
        return timelines;
    }
}
