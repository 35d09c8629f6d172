package org.osdkit.sites.description;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osdkit.core.SiteCode;
import org.osdkit.core.intent.Intent;
import org.osdkit.core.intent.IntentLog;
import org.osdkit.sites.service.ServiceState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pending record of a description change written a second time, to an {@link IntentLog} synced to
 * the disk, before SMS_EXECUTIVE is stopped ({@value #PENDING}, keyed by the attempt's backup path, which
 * no two attempts share). H2 can lose a killed process's last commits, the pending record among them;
 * then nothing would tell the next run that the service was stopped and the file may be half changed.
 * {@link #reconcile} records such a lost attempt again, as pending, so recovery judges it by the file
 * on disk like any other; a later line for the same backup path (the attempt recorded again, with its
 * new id) supersedes the earlier ones.
 *
 * <p>Only the intents of processes that have ended are reconciled. An attempt's intents are retired
 * once the database holds it finished and their writer has ended.
 */
final class AttemptIntents {

    static final String PENDING = "sites.description.pending";
    private static final Logger LOG = LoggerFactory.getLogger(AttemptIntents.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final IntentLog log;
    private final ChangeHistory history;

    AttemptIntents(IntentLog log, ChangeHistory history) {
        this.log = log;
        this.history = history;
    }

    /** Writes {@code a} (as recorded, with its id) and syncs it; throws core's {@code CORE-INTENT-WRITE-FAILED} when it cannot. */
    void pending(ChangeAttempt a) {
        ObjectNode b = JSON.objectNode().put("id", a.id()).put("startedAt", a.startedAt().toString()).put("actor", a.actor())
                .put("host", a.owner().host()).put("pid", a.owner().pid())
                .put("processStarted", a.owner().processStarted() == null ? null : a.owner().processStarted().toString()).put("run", a.owner().run())
                .put("site", a.site().value()).put("controlFile", a.controlFile()).put("oldValue", a.oldValue()).put("newValue", a.newValue())
                .put("originalSha256", a.originalSha256()).put("intendedSha256", a.intendedSha256()).put("backupFile", a.backupFile())
                .put("service", a.service()).put("serviceBefore", a.serviceBefore().name()).put("revertOf", a.revertOf());
        log.append(PENDING, a.backupFile(), b);
    }

    /**
     * Records again, as pending, every attempt of {@code site} (every site for {@code null}) that an ended
     * process announced and the database no longer knows; retires the intents of finished attempts.
     */
    void reconcile(SiteCode site, Consumer<String> progress) {
        List<Intent> all = log.read();
        if (all.isEmpty()) {
            return;
        }
        Map<String, Intent> latest = new LinkedHashMap<>();
        for (Intent i : all) {
            if (i.kind().equals(PENDING) && (site == null || site.value().equals(i.body().path("site").asText()))) {
                latest.put(i.key(), i);
            }
        }
        List<ChangeAttempt> unfinished = history.unfinished(site);
        for (Intent i : latest.values()) {
            if (i.writer().alive() || known(i, unfinished).isPresent()) {
                continue;
            }
            ChangeAttempt lost = attempt(i.body());
            ChangeAttempt again = history.begin(lost);
            String line = "Change attempt " + lost.id() + " of site " + lost.site() + " (\"" + lost.oldValue() + "\" -> \"" + lost.newValue()
                    + "\") is missing from the database (lost to a killed process): recorded it again as attempt " + again.id() + " from " + log.file();
            LOG.warn(line);
            progress.accept(line);
            pending(again);
        }
        log.retire(i -> {
            if (!i.kind().equals(PENDING) || !latest.containsKey(i.key())) {
                return false;
            }
            Intent last = latest.get(i.key());
            return !last.writer().alive() && !i.writer().alive()
                    && history.attempt(last.body().path("id").asLong()).filter(a -> a.backupFile().equals(last.key())).map(a -> a.state().finished()).orElse(false);
        });
    }

    /** The attempt {@code i} announced, as the database holds it: by its id, or among the unfinished by its backup path. */
    private Optional<ChangeAttempt> known(Intent i, List<ChangeAttempt> unfinished) {
        Optional<ChangeAttempt> byId = history.attempt(i.body().path("id").asLong()).filter(a -> a.backupFile().equals(i.key()));
        return byId.isPresent() ? byId : unfinished.stream().filter(a -> a.backupFile().equals(i.key())).findFirst();
    }

    private static ChangeAttempt attempt(JsonNode b) {
        Instant started = Instant.parse(b.path("startedAt").asText());
        AttemptOwner owner = new AttemptOwner(b.path("host").asText(), b.path("pid").asLong(),
                b.path("processStarted").isTextual() ? Instant.parse(b.path("processStarted").asText()) : null, b.path("run").asText());
        return new ChangeAttempt(b.path("id").asLong(), started, started, b.path("actor").asText(), owner, SiteCode.of(b.path("site").asText()),
                b.path("controlFile").asText(), b.path("oldValue").asText(), b.path("newValue").asText(), b.path("originalSha256").asText(),
                b.path("intendedSha256").asText(), b.path("backupFile").asText(), b.path("service").asText(),
                ServiceState.valueOf(b.path("serviceBefore").asText()), b.path("revertOf").isNumber() ? b.path("revertOf").asLong() : null,
                AttemptState.PENDING, "recorded again from the intent file: the database had lost it", null);
    }
}
