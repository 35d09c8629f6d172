package org.osdkit.drivers.inf;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;

/**
 * A TargetOSVersion decoration: {@code nt[Architecture][.[OSMajor][.[OSMinor][.[ProductType][.[SuiteMask][.[BuildNumber]]]]]]},
 * e.g. {@code NTamd64}, {@code NTx86.5.1}, {@code NTamd64.10.0...16299}. Fields left empty are absent.
 *
 * @param text        the decoration as written
 * @param platform    the platform, or {@code null} when none is named (x86 only, as Windows reads it)
 * @param placeholder true when the platform is a stampinf placeholder such as {@code $ARCH$}
 * @param major       OS major version or {@code null}
 * @param minor       OS minor version or {@code null}
 * @param productType VER_NT_* product type or {@code null}
 * @param suiteMask   VER_SUITE_* mask or {@code null}
 * @param build       build number or {@code null}
 */
public record TargetOsVersion(String text, InfPlatform platform, boolean placeholder, Integer major, Integer minor,
                              Integer productType, Integer suiteMask, Integer build) {

    /** VER_NT_WORKSTATION: every OS target osdkit deploys is a client. */
    private static final int WORKSTATION = 1;

    private static final Comparator<TargetOsVersion> MOST_SPECIFIC = Comparator
            .comparing((TargetOsVersion t) -> t.major == null ? -1 : t.major)
            .thenComparing(t -> t.minor == null ? -1 : t.minor)
            .thenComparing(t -> t.build == null ? -1 : t.build)
            .thenComparing(t -> (t.productType == null ? 0 : 1) + (t.suiteMask == null ? 0 : 1))
            .thenComparing(t -> t.platform == null ? 0 : 1);

    /**
     * Parses a decoration.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static TargetOsVersion parse(String text) {
        String t = text.strip();
        if (t.length() < 2 || !t.regionMatches(true, 0, "nt", 0, 2)) {
            throw new IllegalArgumentException("\"" + text + "\" does not start with NT");
        }
        String[] parts = t.substring(2).split("\\.", -1);
        if (parts.length > 6) {
            throw new IllegalArgumentException("\"" + text + "\" has more than six parts");
        }
        InfPlatform platform = null;
        boolean placeholder = false;
        String arch = parts[0];
        if (!arch.isEmpty()) {
            if (arch.startsWith("$") && arch.endsWith("$") && arch.length() > 2) {
                placeholder = true;
            } else {
                platform = InfPlatform.parse(arch).orElseThrow(() ->
                        new IllegalArgumentException("\"" + arch + "\" in \"" + text + "\" is not an architecture (x86, amd64, ia64, arm, arm64)"));
            }
        }
        Integer[] numbers = new Integer[5];
        for (int i = 1; i < parts.length; i++) {
            numbers[i - 1] = number(parts[i], text);
        }
        return new TargetOsVersion(t, platform, placeholder, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]);
    }

    private static Integer number(String part, String text) {
        String p = part.strip();
        if (p.isEmpty()) {
            return null;
        }
        try {
            long value = p.regionMatches(true, 0, "0x", 0, 2) ? Long.parseLong(p.substring(2), 16) : Long.parseLong(p);
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new NumberFormatException(p);
            }
            return (int) value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + p + "\" in \"" + text + "\" is not a number");
        }
    }

    /** The decoration as a models-section suffix, lower case for comparisons. */
    public String key() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * True when Windows would consider this decoration on {@code target}: the platform matches (none
     * named means x86), the OS version is not newer than the target's (the build only counts when
     * major and minor equal the target's), the product type is a workstation's, and no suite mask is
     * required (client targets carry none of the server suites).
     */
    public boolean appliesTo(OsTarget target) {
        if (placeholder) {
            return false;
        }
        Architecture arch = target.architecture();
        boolean platformMatches = platform == null ? arch == Architecture.X86 : platform.architecture().map(a -> a == arch).orElse(false);
        if (!platformMatches) {
            return false;
        }
        if (productType != null && productType != WORKSTATION) {
            return false;
        }
        if (suiteMask != null && suiteMask != 0) {
            return false;
        }
        return versionApplies(target);
    }

    private boolean versionApplies(OsTarget target) {
        if (major == null || major < target.major()) {
            return true;
        }
        if (major > target.major()) {
            return false;
        }
        if (minor == null || minor < target.minor()) {
            return true;
        }
        if (minor > target.minor()) {
            return false;
        }
        return build == null || target.build() == 0 || build <= target.build();
    }

    /**
     * The decoration Windows picks for {@code target} among those of one [Manufacturer] entry: the
     * applicable one with the highest OS version, the more specific one on a tie. Empty when none
     * applies (then only an undecorated models section can, on x86).
     */
    public static Optional<TargetOsVersion> select(Collection<TargetOsVersion> candidates, OsTarget target) {
        return candidates.stream().filter(c -> c.appliesTo(target)).max(MOST_SPECIFIC);
    }

    /**
     * The models section a [Manufacturer] entry uses on {@code target}: the key of the best applicable
     * decoration, or {@code ""} for the undecorated section when no decoration applies, the target is
     * x86 and that section exists; empty when the entry offers nothing for the target.
     */
    public static Optional<String> chooseSection(Collection<TargetOsVersion> decorations, boolean undecoratedExists, OsTarget target) {
        Optional<TargetOsVersion> best = select(decorations, target);
        if (best.isPresent()) {
            return Optional.of(best.get().key());
        }
        return undecoratedExists && target.architecture() == Architecture.X86 ? Optional.of("") : Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
