package org.osdkit.logs.read;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The zones an admin names per file ({@code --zone BDD.log=America/Los_Angeles}, {@code --zone *=-08:00}):
 * the zone of a file's local times when the file itself cannot tell, that is for MDT's logs (whose
 * {@code +000} bias is not UTC) and for records written without a bias. A record with a true bias
 * keeps it. The first pattern naming the file wins; {@code *} counts only when no other pattern matches.
 */
public final class ZoneHints {

    private static final ZoneHints NONE = new ZoneHints(List.of());

    /** One {@code pattern=zone} given by the admin. */
    record Hint(String pattern, ZoneId zone, PathMatcher matcher) {

        boolean any() {
            return pattern.equals("*");
        }

        /** How the output names it: {@code --zone BDD.log=America/Los_Angeles}. */
        String describe() {
            return "--zone " + pattern + "=" + zone.getId();
        }
    }

    private final List<Hint> hints;

    private ZoneHints(List<Hint> hints) {
        this.hints = List.copyOf(hints);
    }

    /** No zones named. */
    public static ZoneHints none() {
        return NONE;
    }

    /**
     * Parses {@code pattern=zone} specifications: the pattern is a file name or a glob over file names
     * ({@code ZTI*.log}, {@code *}), case-insensitive as on Windows; the zone a region
     * ({@code America/Los_Angeles}) or an offset ({@code -08:00}, {@code UTC}).
     *
     * @throws IllegalArgumentException naming the specification that is malformed or names no zone
     */
    public static ZoneHints parse(List<String> specs) {
        List<Hint> hints = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.lastIndexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("--zone takes <file-pattern>=<zone> (BDD.log=America/Los_Angeles, *=-08:00), was \"" + spec + "\"");
            }
            String pattern = spec.substring(0, eq).strip();
            String zoneText = spec.substring(eq + 1).strip();
            ZoneId zone;
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("--zone " + spec + ": \"" + zoneText + "\" is not a zone (use a region such as"
                        + " America/Los_Angeles or an offset such as -08:00)");
            }
            if (pattern.contains("/") || pattern.contains("\\")) {
                throw new IllegalArgumentException("--zone " + spec + ": name the file, not its folder (BDD.log, ZTI*.log or *)");
            }
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--zone " + spec + ": \"" + pattern + "\" is not a file name pattern: " + e.getMessage());
            }
            hints.add(new Hint(pattern, zone, matcher));
        }
        return new ZoneHints(hints);
    }

    /** True when no zone was named. */
    public boolean isEmpty() {
        return hints.isEmpty();
    }

    /** The zone named for {@code source} (a path as the reader was given it), or {@code null}. */
    public ZoneId zoneFor(String source) {
        Hint h = hintFor(source);
        return h == null ? null : h.zone();
    }

    Hint hintFor(String source) {
        if (hints.isEmpty()) {
            return null;
        }
        Path name = Path.of(fileName(source).toLowerCase(Locale.ROOT));
        Hint any = null;
        for (Hint h : hints) {
            if (h.any()) {
                any = any == null ? h : any;
            } else if (h.matcher().matches(name)) {
                return h;
            }
        }
        return any;
    }

    /** The last segment of a Windows or POSIX path. */
    static String fileName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(cut + 1);
    }

    @Override
    public String toString() {
        return hints.stream().map(Hint::describe).toList().toString();
    }
}
