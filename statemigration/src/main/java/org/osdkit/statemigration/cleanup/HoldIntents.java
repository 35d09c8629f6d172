package org.osdkit.statemigration.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.osdkit.core.Actor;
import org.osdkit.core.intent.Intent;
import org.osdkit.core.intent.IntentLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The holds, kept in the database and, first, in a synced intent file ({@code intents/smp-holds.intents}):
 * a hold protects even when the process that placed it (the dashboard, a process serving the database to
 * others) is killed right after it said so and H2 loses that commit. {@link #add} writes the whole hold
 * ({@value #PLACE}) and {@link #remove} its removal ({@value #REMOVE}) to the file, synced, before the
 * database hears of them.
 *
 * <p>{@link #all} is the database's holds and every hold the file places and no later line removes: a
 * placement the database lost is still a hold, for every plan, cleanup run, health check and listing,
 * without anyone writing it back. A removal the database lost is the other way round: the database still
 * holds the store and it stays held (the safe direction: deleting is what cannot be undone); it is not
 * silent: {@link #lostRemovals} names it (and {@code smp health} reports it) until the hold is removed
 * again. A placement's line stays in the file as long as the hold stands, so no read of a database that
 * may still lose it (one served by another process) retires it; a removal's line is retired once the
 * database no longer holds the target and its writer has ended, and lines a later one supersedes at once,
 * so the file holds about one line per hold.
 */
public final class HoldIntents implements HoldRepository {

    static final String PLACE = "smp.hold.place";
    static final String REMOVE = "smp.hold.remove";
    private static final Logger LOG = LoggerFactory.getLogger(HoldIntents.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final HoldRepository database;
    private final IntentLog log;

    /** The holds of {@code database}, announced first in {@code log} (the workspace's {@code smp-holds} intent file). */
    public HoldIntents(HoldRepository database, IntentLog log) {
        this.database = Objects.requireNonNull(database, "database");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The repository for {@code database}: itself when {@code log} keeps nothing ({@link IntentLog#none()},
     * for a database durable on its own), else one that writes the intent file first.
     */
    public static HoldRepository over(HoldRepository database, IntentLog log) {
        return log.file() == null ? database : new HoldIntents(database, log);
    }

    @Override
    public void add(Hold hold) {
        log.append(PLACE, key(hold.target()), body(hold));
        database.add(hold);
        retireSettled();
    }

    @Override
    public boolean remove(String target) {
        boolean announced = standing(log.read()).containsKey(key(target));
        log.append(REMOVE, key(target), JSON.objectNode().put("target", target.strip()));
        boolean removed = database.remove(target);
        retireSettled();
        return removed || announced;
    }

    @Override
    public List<Hold> all() {
        List<Hold> stored = database.all();
        Map<String, Hold> standing = standing(log.read());
        if (standing.isEmpty()) {
            return stored;
        }
        List<Hold> all = new ArrayList<>(stored);
        for (Hold h : standing.values()) {
            String key = key(h.target());
            Hold same = stored.stream().filter(s -> key(s.target()).equals(key)).findFirst().orElse(null);
            if (same != null && !same.placed().isBefore(h.placed())) {
                continue;
            }
            // Placed again (or on the same store under another spelling) in a commit the database lost: the file's is the hold.
            all.removeIf(s -> (key(s.target()).equals(key) || sameStore(s, h)) && !s.placed().isAfter(h.placed()));
            LOG.debug("Hold on {} is held from {}: the database lacks it", h.target(), log.file());
            all.add(h);
        }
        return List.copyOf(all);
    }

    /** Holds whose removal the database lost (a killed process): they still protect until removed again. */
    public List<Hold> lostRemovals() {
        List<Intent> intents = log.read();
        Map<String, Intent> latest = latest(intents);
        List<Hold> lost = new ArrayList<>();
        for (Hold h : database.all()) {
            Intent last = latest.get(key(h.target()));
            if (last != null && last.kind().equals(REMOVE) && !last.writer().alive() && !h.placed().isAfter(last.at())) {
                lost.add(h);
            }
        }
        return lost;
    }

    /**
     * Writes back to the database the holds the file places that it lost (their writer has ended; a live
     * writer's may be a commit under way) and returns them. They protected all along ({@link #all}); this
     * makes the database agree again. Their lines stay: the write back may be lost too.
     *
     * @param which the holds to look at (e.g. those of one SMP)
     */
    public List<Hold> restoreLost(Predicate<Hold> which) {
        List<Hold> stored = database.all();
        List<Hold> restored = new ArrayList<>();
        for (Intent i : latest(log.read()).values()) {
            Hold h = i.kind().equals(PLACE) && !i.writer().alive() ? hold(i.body()) : null;
            if (h == null || !which.test(h) || stored.stream().anyMatch(s -> (key(s.target()).equals(i.key()) || sameStore(s, h)) && !s.placed().isBefore(h.placed()))) {
                continue;
            }
            LOG.warn("The hold on {} placed {} by {} is missing from the database (lost to a killed process); placed again from {}",
                    h.target(), h.placed(), h.actor(), log.file());
            database.add(h);
            restored.add(h);
        }
        return restored;
    }

    /** Retires superseded lines and the removals the database holds; returns how many. */
    public int retireSettled() {
        return log.retireSeeing(intents -> {
            Map<String, Intent> latest = latest(intents);
            Set<Intent> current = Collections.newSetFromMap(new IdentityHashMap<>());
            current.addAll(latest.values());
            Set<String> stored = new HashSet<>();
            if (latest.values().stream().anyMatch(i -> i.kind().equals(REMOVE))) {
                database.all().forEach(h -> stored.add(key(h.target())));
            }
            Predicate<Intent> done = i -> !current.contains(i)
                    || (i.kind().equals(REMOVE) && !i.writer().alive() && !stored.contains(i.key()));
            return done;
        });
    }

    /** The last line of each target, a placement superseding earlier placements on the same store under another spelling. */
    private static Map<String, Intent> latest(List<Intent> intents) {
        Map<String, Intent> latest = new LinkedHashMap<>();
        Map<Intent, Hold> placed = new IdentityHashMap<>();
        for (Intent i : intents) {
            if (i.kind().equals(PLACE)) {
                Hold h = hold(i.body());
                if (h == null) {
                    continue;
                }
                placed.put(i, h);
                latest.values().removeIf(o -> o.kind().equals(PLACE) && sameStore(placed.get(o), h));
            } else if (!i.kind().equals(REMOVE)) {
                continue;
            }
            latest.remove(i.key());
            latest.put(i.key(), i);
        }
        return latest;
    }

    /** The holds the file places and no later line removes, by target key. */
    private static Map<String, Hold> standing(List<Intent> intents) {
        Map<String, Hold> standing = new LinkedHashMap<>();
        for (Map.Entry<String, Intent> e : latest(intents).entrySet()) {
            if (e.getValue().kind().equals(PLACE)) {
                standing.put(e.getKey(), hold(e.getValue().body()));
            }
        }
        return standing;
    }

    private static boolean sameStore(Hold a, Hold b) {
        return a != null && b != null && a.storeKey() != null && a.storeKey().equals(b.storeKey()) && Objects.equals(a.server(), b.server());
    }

    private static String key(String target) {
        return target.strip().toLowerCase(Locale.ROOT);
    }

    private static ObjectNode body(Hold h) {
        ObjectNode b = JSON.objectNode().put("target", h.target()).put("reason", h.reason()).put("actor", h.actor().toString())
                .put("placed", h.placed().toString()).put("server", h.server()).put("storeKey", h.storeKey());
        ArrayNode covered = b.putArray("covered");
        for (CoveredStore c : h.covered()) {
            covered.addObject().put("associationKey", c.associationKey()).put("computers", c.computers()).put("storePath", c.storePath());
        }
        return b;
    }

    /** The hold a line places, or {@code null} (logged) when the line is not one this version wrote. */
    private static Hold hold(JsonNode b) {
        try {
            List<CoveredStore> covered = new ArrayList<>();
            for (JsonNode c : b.path("covered")) {
                covered.add(new CoveredStore(text(c, "associationKey"), text(c, "computers"), text(c, "storePath")));
            }
            return new Hold(b.path("target").asText(), text(b, "reason"), Actor.parse(b.path("actor").asText()),
                    Instant.parse(b.path("placed").asText()), text(b, "server"), text(b, "storeKey"), covered);
        } catch (RuntimeException e) {
            LOG.warn("Skipped a hold line of the intent file: {}", e.getMessage());
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
