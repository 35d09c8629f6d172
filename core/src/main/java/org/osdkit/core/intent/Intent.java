package org.osdkit.core.intent;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of an {@link IntentLog}: what a process was about to do.
 *
 * @param kind   what it is, e.g. {@code smp.cleanup.begin}; the use case that wrote it reads it back
 * @param key    what it is about (a run ID, a backup path): later lines with the same kind and key supersede it
 * @param writer the process that wrote it
 * @param at     when it was written
 * @param body   the use case's own data, enough to rebuild its database record
 */
public record Intent(String kind, String key, IntentWriter writer, Instant at, JsonNode body) {

    public Intent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(body, "body");
    }
}
