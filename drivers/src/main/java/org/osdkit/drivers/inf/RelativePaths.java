package org.osdkit.drivers.inf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Joins INF path parts into a path relative to the INF's folder that can never climb out of it. */
final class RelativePaths {

    private static final Pattern SEPARATORS = Pattern.compile("[\\\\/]");

    private RelativePaths() {
    }

    /** Parts joined with {@code /}; empty when a part climbs out ({@code ..}) or names a drive or server. */
    static Optional<String> join(String... parts) {
        List<String> segments = new ArrayList<>();
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            String p = part.strip();
            if (p.length() >= 2 && p.charAt(1) == ':') {
                return Optional.empty();
            }
            for (String s : SEPARATORS.split(p)) {
                String seg = s.strip();
                if (seg.isEmpty() || seg.equals(".")) {
                    continue;
                }
                if (seg.equals("..") || seg.indexOf(':') >= 0) {
                    return Optional.empty();
                }
                segments.add(seg);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }
}
