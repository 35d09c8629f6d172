package org.osdkit.logs.jdbc;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.osdkit.core.Actor;
import org.osdkit.core.storage.Database;
import org.osdkit.core.storage.ModuleSchema;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.DiagnosisRun;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.diagnosis.Finding;
import org.osdkit.logs.read.Severity;

/** {@link DiagnosisHistory} in the {@code logs_diagnosis_run}, {@code logs_finding} and {@code logs_evidence} tables. */
final class JdbcDiagnosisHistory implements DiagnosisHistory {

    private static final String FIRST = "first";
    private static final String LAST = "last";

    private static final RowMapper<DiagnosisRun> RUN = (rs, ctx) -> new DiagnosisRun(rs.getLong("id"),
            rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"), lines(rs.getString("inputs")), rs.getInt("files"), rs.getLong("records"), rs.getLong("unparsed"),
            rs.getLong("problems"), rs.getInt("rules"), rs.getInt("errors"), rs.getInt("warnings"));

    private final Database database;

    JdbcDiagnosisHistory(Database database) {
        this.database = database;
        database.migrate(ModuleSchema.of("logs", LogsErrors.class));
    }

    @Override
    public long record(DiagnosisReport report, Actor actor) {
        return database.jdbi().inTransaction(h -> {
            long runId = h.createUpdate("INSERT INTO logs_diagnosis_run (started_at, finished_at, actor, inputs, files, records, unparsed, "
                            + "problems, rules, errors, warnings) VALUES (:started, :finished, :actor, :inputs, :files, :records, :unparsed, "
                            + ":problems, :rules, :errors, :warnings)")
                    .bind("started", report.startedAt().atOffset(ZoneOffset.UTC))
                    .bind("finished", report.finishedAt().atOffset(ZoneOffset.UTC))
                    .bind("actor", actor.toString())
                    .bind("inputs", String.join("\n", report.inputs()))
                    .bind("files", report.files())
                    .bind("records", report.records())
                    .bind("unparsed", report.unparsed())
                    .bind("problems", report.problems())
                    .bind("rules", report.rules())
                    .bind("errors", count(report, Severity.ERROR))
                    .bind("warnings", count(report, Severity.WARNING))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int ordinal = 0;
            for (Finding f : report.findings()) {
                long findingId = h.createUpdate("INSERT INTO logs_finding (run_id, ordinal, rule_id, title, severity, confidence, log_name, "
                                + "occurrences, cause, fix, refs) VALUES (:run, :ordinal, :rule, :title, :severity, :confidence, :log, "
                                + ":occurrences, :cause, :fix, :refs)")
                        .bind("run", runId)
                        .bind("ordinal", ordinal++)
                        .bind("rule", f.ruleId())
                        .bind("title", f.title())
                        .bind("severity", f.severity().name())
                        .bind("confidence", f.confidence())
                        .bind("log", f.log())
                        .bind("occurrences", f.occurrences())
                        .bind("cause", f.cause())
                        .bind("fix", f.fix())
                        .bind("refs", String.join("\n", f.references()))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                insertEvidence(h, findingId, FIRST, f.evidence());
                insertEvidence(h, findingId, LAST, f.lastEvidence());
            }
            return runId;
        });
    }

    private static void insertEvidence(Handle h, long findingId, String occurrence, List<Evidence> lines) {
        int ordinal = 0;
        for (Evidence e : lines) {
            h.createUpdate("INSERT INTO logs_evidence (finding_id, occurrence, ordinal, source, line, local_time, utc, text) "
                            + "VALUES (:finding, :occurrence, :ordinal, :source, :line, :local, :utc, :text)")
                    .bind("finding", findingId)
                    .bind("occurrence", occurrence)
                    .bind("ordinal", ordinal++)
                    .bind("source", e.source())
                    .bind("line", e.line())
                    .bind("local", e.localTime())
                    .bind("utc", e.utc() == null ? null : e.utc().atOffset(ZoneOffset.UTC))
                    .bind("text", e.text())
                    .execute();
        }
    }

    @Override
    public List<DiagnosisRun> recent(int limit) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM logs_diagnosis_run ORDER BY started_at DESC, id DESC")
                .setMaxRows(limit).map(RUN).list());
    }

    @Override
    public Optional<DiagnosisRun> run(long id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM logs_diagnosis_run WHERE id = :id")
                .bind("id", id).map(RUN).findOne());
    }

    @Override
    public List<Finding> findings(long runId) {
        return database.jdbi().withHandle(h -> {
            Map<Long, List<Evidence>> first = new TreeMap<>();
            Map<Long, List<Evidence>> last = new TreeMap<>();
            List<EvidenceRow> rows = h.createQuery("SELECT e.* FROM logs_evidence e JOIN logs_finding f ON f.id = e.finding_id "
                            + "WHERE f.run_id = :run ORDER BY e.finding_id, e.occurrence, e.ordinal")
                    .bind("run", runId)
                    .map((rs, ctx) -> {
                        OffsetDateTime utc = rs.getObject("utc", OffsetDateTime.class);
                        return new EvidenceRow(rs.getLong("finding_id"), rs.getString("occurrence"), new Evidence(rs.getString("source"),
                                rs.getLong("line"), rs.getObject("local_time", LocalDateTime.class), utc == null ? null : utc.toInstant(),
                                rs.getString("text")));
                    }).list();
            for (EvidenceRow row : rows) {
                (FIRST.equals(row.occurrence()) ? first : last).computeIfAbsent(row.findingId(), k -> new ArrayList<>()).add(row.evidence());
            }
            return h.createQuery("SELECT * FROM logs_finding WHERE run_id = :run ORDER BY ordinal")
                    .bind("run", runId)
                    .map((rs, ctx) -> new Finding(rs.getString("rule_id"), rs.getString("title"),
                            Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)), rs.getString("confidence"),
                            rs.getString("log_name"), rs.getInt("occurrences"), first.getOrDefault(rs.getLong("id"), List.of()),
                            last.getOrDefault(rs.getLong("id"), List.of()), rs.getString("cause"), rs.getString("fix"),
                            lines(rs.getString("refs"))))
                    .list();
        });
    }

    private record EvidenceRow(long findingId, String occurrence, Evidence evidence) {
    }

    private static int count(DiagnosisReport report, Severity severity) {
        return (int) report.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
