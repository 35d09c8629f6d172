package org.osdkit.drivers.inf;

import java.util.List;
import java.util.Objects;

/**
 * One logical line of a section (continuations joined, comment removed): an optional key before an
 * unquoted {@code =} and its comma-separated fields. Outer quotes are removed and {@code ""} inside
 * quotes became {@code "}; {@code %tokens%} and {@code %%} are kept for {@link InfStrings} to resolve.
 *
 * @param line   the 1-based physical line it starts on
 * @param key    the key, or {@code null} for a line without {@code =}
 * @param values the fields in order; an omitted field is an empty string
 */
public record InfLine(int line, String key, List<String> values) {

    public InfLine {
        values = List.copyOf(values);
        Objects.requireNonNull(values);
    }

    /** The field at {@code index}, or an empty string when the line has fewer fields. */
    public String value(int index) {
        return index < values.size() ? values.get(index) : "";
    }

    /** The first field: the value of a {@code key = value} line. */
    public String value() {
        return value(0);
    }

    /** True when the key equals {@code name} ignoring case, as Windows compares keys and directives. */
    public boolean isKey(String name) {
        return key != null && key.equalsIgnoreCase(name);
    }
}
