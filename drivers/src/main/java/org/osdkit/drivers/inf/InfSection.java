package org.osdkit.drivers.inf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A section with every occurrence of its name merged, as Windows merges them, lines in file order.
 *
 * @param name        the name as first written (compare with {@link #is(String)})
 * @param headerLines the physical lines of each {@code [name]} header
 * @param lines       the section's logical lines
 */
public record InfSection(String name, List<Integer> headerLines, List<InfLine> lines) {

    public InfSection {
        headerLines = List.copyOf(headerLines);
        lines = List.copyOf(lines);
    }

    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** The line of the first header, for messages. */
    public int line() {
        return headerLines.get(0);
    }

    /** True for a header with no lines under it: for a models section, a deliberate exclusion. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The first line with this key (keys ignore case). */
    public Optional<InfLine> first(String key) {
        return lines.stream().filter(l -> l.isKey(key)).findFirst();
    }

    /** Every line with this key, in order. */
    public List<InfLine> all(String key) {
        return lines.stream().filter(l -> l.isKey(key)).toList();
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
