package org.osdkit.logs.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.osdkit.core.json.OsdkitJson;
import org.osdkit.core.storage.Database;
import org.osdkit.logs.read.LogFormat;
import org.osdkit.logs.read.Severity;
import org.osdkit.logs.timeline.TimelineEntry;
import org.osdkit.logs.timeline.TimelinePage;
import org.osdkit.logs.timeline.TimelineQuery;
import org.osdkit.logs.timeline.TimelineStore;
import org.osdkit.logs.timeline.TimelineSummary;

/**
 * {@link TimelineStore} in {@code logs_timeline}, {@code logs_timeline_source} and {@code logs_timeline_record}.
 * A page is one indexed range query on {@code (run_id, seq)} with the filters as conditions and a row limit,
 * so its cost does not depend on how far into the log it is. (A text filter that matches rarely scans
 * forward until it finds a page or the end: that is the one filter without an index.)
 */
final class JdbcTimelineStore implements TimelineStore {

    private static final ObjectMapper JSON = OsdkitJson.mapper();
    private static final String COLUMNS = "r.seq, r.line, r.format, r.local_time, r.utc, r.severity, r.severity_guessed, r.component, "
            + "r.thread, r.message, r.truncated, r.unparsed, s.name AS source_name";

    private final Database database;

    JdbcTimelineStore(Database database) {
        this.database = database;
    }

    @Override
    public void append(long runId, List<TimelineEntry> batch) {
        database.jdbi().useTransaction(h -> {
            Map<String, Integer> sources = sources(h, runId);
            PreparedBatch insert = h.prepareBatch("INSERT INTO logs_timeline_record (run_id, seq, source_id, line, format, local_time, utc, "
                    + "severity, severity_guessed, component, thread, message, truncated, unparsed) VALUES (:run, :seq, :source, :line, :format, "
                    + ":local, :utc, :severity, :guessed, :component, :thread, :message, :truncated, :unparsed)");
            for (TimelineEntry e : batch) {
                Integer source = sources.get(e.source());
                if (source == null) {
                    source = sources.size();
                    h.createUpdate("INSERT INTO logs_timeline_source (run_id, id, name) VALUES (:run, :id, :name)")
                            .bind("run", runId).bind("id", source).bind("name", e.source()).execute();
                    sources.put(e.source(), source);
                }
                insert.bind("run", runId).bind("seq", e.seq()).bind("source", source).bind("line", e.line()).bind("format", e.format().name())
                        .bindByType("local", e.localTime(), LocalDateTime.class)
                        .bindByType("utc", e.utc() == null ? null : e.utc().atOffset(ZoneOffset.UTC), OffsetDateTime.class)
                        .bind("severity", (short) e.severity().type()).bind("guessed", e.severityGuessed()).bind("component", e.component())
                        .bind("thread", e.thread()).bind("message", e.message()).bind("truncated", e.truncated()).bind("unparsed", e.unparsed())
                        .add();
            }
            insert.execute();
        });
    }

    private static Map<String, Integer> sources(Handle h, long runId) {
        Map<String, Integer> ids = new HashMap<>();
        h.createQuery("SELECT id, name FROM logs_timeline_source WHERE run_id = :run").bind("run", runId)
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getInt("id"))).forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    @Override
    public void finish(TimelineSummary summary) {
        String document;
        try {
            document = JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a timeline summary always serialises", e);
        }
        database.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM logs_timeline WHERE run_id = :run").bind("run", summary.runId()).execute();
            h.createUpdate("INSERT INTO logs_timeline (run_id, records, capped, summary) VALUES (:run, :records, :capped, :summary)")
                    .bind("run", summary.runId()).bind("records", summary.records()).bind("capped", summary.capped()).bind("summary", document)
                    .execute();
        });
    }

    @Override
    public Optional<TimelineSummary> summary(long runId) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT summary FROM logs_timeline WHERE run_id = :run").bind("run", runId)
                .mapTo(String.class).findOne()).map(text -> {
                    try {
                        return JSON.readValue(text, TimelineSummary.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("a kept timeline summary is unreadable: " + e.getOriginalMessage(), e);
                    }
                });
    }

    @Override
    public TimelinePage page(long runId, TimelineQuery q) {
        return database.jdbi().withHandle(h -> {
            int fetch = q.limit() + 1;
            List<TimelineEntry> rows = select(h, runId, q, q.backwards() ? "r.seq < :from" : "r.seq >= :from", q.backwards() ? "DESC" : "ASC",
                    q.from(), fetch);
            if (q.backwards()) {
                boolean more = rows.size() > q.limit();
                List<TimelineEntry> page = new ArrayList<>(rows.subList(0, Math.min(rows.size(), q.limit())));
                Collections.reverse(page);
                Long previous = more && !page.isEmpty() ? page.get(0).seq() : null;
                return new TimelinePage(page, previous, q.from());
            }
            Long next = rows.size() > q.limit() ? rows.get(q.limit()).seq() : null;
            List<TimelineEntry> page = rows.subList(0, Math.min(rows.size(), q.limit()));
            long start = page.isEmpty() ? q.from() : page.get(0).seq();
            // Whether anything matching lies before this page: one row, read with the same filters.
            Long previous = start > 0 && !select(h, runId, q, "r.seq < :from", "DESC", start, 1).isEmpty() ? start : null;
            return new TimelinePage(page, previous, next);
        });
    }

    private static List<TimelineEntry> select(Handle h, long runId, TimelineQuery q, String range, String order, long from, int rows) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM logs_timeline_record r JOIN logs_timeline_source s ")
                .append("ON s.run_id = r.run_id AND s.id = r.source_id WHERE r.run_id = :run AND ").append(range);
        if (!q.severities().isEmpty()) {
            // Enum values only, never client text: safe to write into the statement.
            sql.append(" AND r.severity IN (").append(q.severities().stream().map(s -> Integer.toString(s.type())).sorted()
                    .collect(Collectors.joining(","))).append(')');
        }
        if (q.component() != null) {
            sql.append(" AND r.component = :component");
        }
        if (q.source() != null) {
            sql.append(" AND s.name = :source");
        }
        if (q.text() != null) {
            sql.append(" AND LOWER(r.message) LIKE :text ESCAPE '!'");
        }
        sql.append(" ORDER BY r.seq ").append(order);
        Query query = h.createQuery(sql.toString()).bind("run", runId).bind("from", from).setMaxRows(rows);
        if (q.component() != null) {
            query.bind("component", q.component());
        }
        if (q.source() != null) {
            query.bind("source", q.source());
        }
        if (q.text() != null) {
            query.bind("text", "%" + q.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query.map((rs, ctx) -> {
            OffsetDateTime utc = rs.getObject("utc", OffsetDateTime.class);
            return new TimelineEntry(rs.getLong("seq"), rs.getString("source_name"), rs.getLong("line"), LogFormat.valueOf(rs.getString("format")),
                    rs.getObject("local_time", LocalDateTime.class), utc == null ? null : utc.toInstant(), Severity.ofType(rs.getShort("severity")),
                    rs.getBoolean("severity_guessed"), rs.getString("component"), rs.getString("thread"), rs.getString("message"),
                    rs.getBoolean("truncated"), rs.getBoolean("unparsed"));
        }).list();
    }

    @Override
    public OptionalLong seqOf(long runId, String source, long line) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT r.seq FROM logs_timeline_record r JOIN logs_timeline_source s "
                        + "ON s.run_id = r.run_id AND s.id = r.source_id WHERE r.run_id = :run AND s.name = :source AND r.line = :line ORDER BY r.seq")
                .bind("run", runId).bind("source", source).bind("line", line).setMaxRows(1).mapTo(Long.class).findFirst())
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public int keepNewest(int runs) {
        return database.jdbi().inTransaction(h -> {
            List<Long> old = h.createQuery("SELECT run_id FROM logs_timeline ORDER BY run_id DESC").mapTo(Long.class).list();
            List<Long> drop = old.size() <= runs ? List.of() : old.subList(runs, old.size());
            for (long run : drop) {
                h.createUpdate("DELETE FROM logs_timeline_record WHERE run_id = :run").bind("run", run).execute();
                h.createUpdate("DELETE FROM logs_timeline_source WHERE run_id = :run").bind("run", run).execute();
                h.createUpdate("DELETE FROM logs_timeline WHERE run_id = :run").bind("run", run).execute();
            }
            return drop.size();
        });
    }
}
