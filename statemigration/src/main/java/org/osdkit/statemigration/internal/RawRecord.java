package org.osdkit.statemigration.internal;

import java.util.Map;

/**
 * One record of an export before interpretation: its line and its values by lower-case property name.
 *
 * @param line   where the record starts, 1-based
 * @param values property name (lower case) to text, {@code null} for an explicit null
 */
public record RawRecord(int line, Map<String, String> values) {

    public String get(String property) {
        return values.get(property.toLowerCase(java.util.Locale.ROOT));
    }
}
