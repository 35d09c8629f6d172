package org.osdkit.statemigration.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osdkit.core.intent.Intent;
import org.osdkit.core.intent.IntentLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cleanup run's intents: {@value #BEGIN} (the run and all its steps, written before the journal's
 * begin) and {@value #DELETE} (a store about to be deleted, written before its step is STARTED). Both
 * are synced to the disk before the database is told, so a database that lost a killed run's last
 * commits is given them back by {@link #reconcile}: a run it lost is journalled again, unfinished, for
 * {@code --resume} to finish (each store it deleted then journalled DELETED with its planned bytes,
 * association date and audit entry), and a step that lost its STARTED gets it back.
 *
 * <p>Only the intents of processes that have ended are reconciled (a live writer's may be a step
 * still under way). An intent is retired once the database holds its run as finished and its writer
 * has ended: by then the run's records were read back from the database by a later process.
 */
final class CleanupIntents {

    static final String BEGIN = "smp.cleanup.begin";
    static final String DELETE = "smp.cleanup.delete";
    private static final Logger LOG = LoggerFactory.getLogger(CleanupIntents.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final IntentLog log;
    private final CleanupJournal journal;

    CleanupIntents(IntentLog log, CleanupJournal journal) {
        this.log = log;
        this.journal = journal;
    }

    void begin(JournalRun run, List<JournalStep> steps) {
        ObjectNode body = JSON.objectNode().put("server", run.server()).put("actor", run.actor()).put("startedAt", run.startedAt().toString())
                .put("deletionDelayMinutes", run.deletionDelayMinutes());
        ArrayNode list = body.putArray("steps");
        for (JournalStep s : steps) {
            list.addObject().put("seq", s.seq()).put("storePath", s.storePath()).put("associationKey", s.associationKey())
                    .put("computers", s.computers()).put("plannedBytes", s.plannedBytes());
        }
        log.append(BEGIN, run.runId(), body);
    }

    void deleting(String runId, JournalStep step) {
        log.append(DELETE, runId + "#" + step.seq(), JSON.objectNode().put("runId", runId).put("seq", step.seq()).put("storePath", step.storePath()));
    }

    /**
     * Gives the journal back what ended processes' intents for {@code server} say and it lost; retires what it holds for good.
     *
     * @return the runs it journalled again, and the steps it gave their STARTED back ({@code runId#seq})
     */
    List<String> reconcile(String server) {
        List<String> restored = new ArrayList<>();
        List<Intent> all = log.read();
        if (all.isEmpty()) {
            return restored;
        }
        Map<String, JsonNode> begins = new HashMap<>();
        for (Intent i : all) {
            if (i.kind().equals(BEGIN) && server.equals(i.body().path("server").asText())) {
                begins.put(i.key(), i.body());
                if (!i.writer().alive() && journal.run(i.key()).isEmpty()) {
                    restore(i);
                    restored.add(i.key());
                }
            }
        }
        Map<String, Map<Integer, JournalStep>> stepsOf = new HashMap<>();
        for (Intent i : all) {
            if (i.kind().equals(DELETE) && begins.containsKey(i.body().path("runId").asText()) && !i.writer().alive()) {
                String runId = i.body().path("runId").asText();
                int seq = i.body().path("seq").asInt();
                // One read of a run's steps, however many of its stores the file names.
                Optional<JournalStep> step = Optional.ofNullable(stepsOf.computeIfAbsent(runId, r -> {
                    Map<Integer, JournalStep> bySeq = new HashMap<>();
                    journal.steps(r).forEach(s -> bySeq.put(s.seq(), s));
                    return bySeq;
                }).get(seq));
                if (step.isPresent() && step.get().state() == StepState.PLANNED) {
                    LOG.warn("Cleanup run {} store {}: the database lost that its deletion began; journalled STARTED again from {}", runId,
                            step.get().storePath(), log.file());
                    journal.started(runId, seq, i.at());
                    restored.add(runId + "#" + seq);
                }
            }
        }
        Map<String, Boolean> finished = new HashMap<>();
        int retired = log.retire(i -> {
            String runId = i.kind().equals(BEGIN) ? i.key() : i.kind().equals(DELETE) ? i.body().path("runId").asText() : null;
            return runId != null && begins.containsKey(runId) && !i.writer().alive()
                    && finished.computeIfAbsent(runId, r -> journal.run(r).map(JournalRun::finished).orElse(false));
        });
        if (retired > 0) {
            LOG.debug("Retired {} cleanup intents of finished runs of {}", retired, server);
        }
        return restored;
    }

    private void restore(Intent begin) {
        JsonNode b = begin.body();
        List<JournalStep> steps = new ArrayList<>();
        for (JsonNode s : b.path("steps")) {
            steps.add(new JournalStep(begin.key(), s.path("seq").asInt(), s.path("storePath").asText(), s.path("associationKey").asText(),
                    s.path("computers").asText(), s.path("plannedBytes").asLong(), StepState.PLANNED, null, null, null, null));
        }
        JournalRun run = new JournalRun(begin.key(), b.path("server").asText(), b.path("actor").asText(), Instant.parse(b.path("startedAt").asText()),
                null, steps.size(), b.path("deletionDelayMinutes").asLong());
        LOG.warn("Cleanup run {} of {} ({} stores) is missing from the database (lost to a killed process); journalled it again from {}, "
                + "unfinished, for --resume", run.runId(), run.server(), steps.size(), log.file());
        journal.begin(run, steps);
    }
}
