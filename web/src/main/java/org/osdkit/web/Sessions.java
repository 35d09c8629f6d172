package org.osdkit.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osdkit.core.Actor;

/**
 * The browser sessions of signed-in admins, in memory (a restart signs everyone out). A session ends
 * after {@link #IDLE} without a request, at sign-out, and when the token it was opened with is rotated.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    /** More sessions than a team needs; the least recently used goes first, so a sign-in loop cannot fill the memory. */
    static final int MAX = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One signed-in browser: its CSRF token, who it acts as, and the token fingerprint it was opened with. */
    static final class Session {
        final String id;
        final String csrf;
        final Actor actor;
        final String tokenFingerprint;
        volatile Instant lastSeen;

        Session(String id, String csrf, Actor actor, String tokenFingerprint, Instant at) {
            this.id = id;
            this.csrf = csrf;
            this.actor = actor;
            this.tokenFingerprint = tokenFingerprint;
            this.lastSeen = at;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session open(Actor actor, String tokenFingerprint) {
        if (sessions.size() >= MAX) {
            sessions.values().stream().min(Comparator.comparing(s -> s.lastSeen)).ifPresent(s -> sessions.remove(s.id));
        }
        Session s = new Session(randomId(), randomId(), actor, tokenFingerprint, clock.instant());
        sessions.put(s.id, s);
        return s;
    }

    /** The live session with this id, when its token is still {@code currentFingerprint}. */
    Optional<Session> find(String id, String currentFingerprint) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (s.lastSeen.plus(IDLE).isBefore(now) || !s.tokenFingerprint.equals(currentFingerprint)) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    static String randomId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
