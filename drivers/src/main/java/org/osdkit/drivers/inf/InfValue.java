package org.osdkit.drivers.inf;

import java.util.Objects;

/**
 * A value read from an INF with the physical line it came from, so every message can point at it.
 *
 * @param text the value, tokens substituted where the reader says so
 * @param line 1-based physical line
 */
public record InfValue(String text, int line) {

    public InfValue {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return text;
    }
}
