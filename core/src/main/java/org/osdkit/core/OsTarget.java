package org.osdkit.core;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Windows release a driver package or deployment targets: the admins' short name (used in folder
 * names such as {@code SCCM_Driver_Packages\XP\...}), the NT version INF decorations compare against,
 * and the architecture.
 *
 * @param name         the admin-facing name as given, e.g. {@code XP}, {@code Win10-22H2}
 * @param major        NT major version (5 for XP, 10 for Windows 10 and 11)
 * @param minor        NT minor version
 * @param build        build number, 0 when the target means "any build of this version"
 * @param architecture processor architecture
 */
public record OsTarget(String name, int major, int minor, int build, Architecture architecture) {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,6}))?");
    private static final Pattern NAMED = Pattern.compile(
            "(?:windows|win)?\\s*[-_ ]?\\s*(xp|vista|7|8|8\\.1|10|11)(?:\\s*[-_ ]\\s*(\\w+))?");

    private static final Map<String, int[]> BASE = Map.of(
            "xp", new int[] {5, 1, 2600},
            "vista", new int[] {6, 0, 6000},
            "7", new int[] {6, 1, 7600},
            "8", new int[] {6, 2, 9200},
            "8.1", new int[] {6, 3, 9600},
            "10", new int[] {10, 0, 10240},
            "11", new int[] {10, 0, 22000});

    /** Feature-update names and the build each one carries. */
    private static final Map<String, Integer> WIN10_RELEASES = Map.ofEntries(
            Map.entry("1507", 10240), Map.entry("1511", 10586), Map.entry("1607", 14393),
            Map.entry("1703", 15063), Map.entry("1709", 16299), Map.entry("1803", 17134),
            Map.entry("1809", 17763), Map.entry("1903", 18362), Map.entry("1909", 18363),
            Map.entry("2004", 19041), Map.entry("20h2", 19042), Map.entry("21h1", 19043),
            Map.entry("21h2", 19044), Map.entry("22h2", 19045));
    private static final Map<String, Integer> WIN11_RELEASES = Map.of(
            "21h2", 22000, "22h2", 22621, "23h2", 22631, "24h2", 26100, "25h2", 26200);

    public OsTarget {
        Objects.requireNonNull(architecture, "architecture");
        if (name == null || name.isBlank()) {
            throw new OsdkitException(CoreErrors.INVALID_OS_TARGET, "An OS target name is required (e.g. XP, Win7, Win10-22H2).");
        }
        name = name.strip();
        if (major < 5 || major > 99 || minor < 0 || minor > 99 || build < 0) {
            throw new OsdkitException(CoreErrors.INVALID_OS_TARGET,
                    "OS target " + name + " has an impossible version " + major + "." + minor + "." + build + ".");
        }
        // Windows XP x64 Edition shipped as NT 5.2, which is what INF decorations see.
        if (major == 5 && minor == 1 && architecture == Architecture.X64) {
            minor = 2;
            build = build == 2600 ? 3790 : build;
        }
    }

    /**
     * Reads an admin's OS name: {@code XP}, {@code Vista}, {@code Win7}, {@code Windows 8.1},
     * {@code Win10}, {@code Win10-22H2}, {@code Win11 24H2}, or a bare NT version {@code 10.0.19045}.
     */
    public static OsTarget parse(String name, Architecture architecture) {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.matches()) {
            int build = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            return new OsTarget(name, Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)), build, architecture);
        }
        Matcher named = NAMED.matcher(text);
        if (!named.matches()) {
            throw unknown(name);
        }
        int[] base = BASE.get(named.group(1));
        String release = named.group(2);
        int build = base[2];
        if (release != null) {
            Map<String, Integer> releases = switch (named.group(1)) {
                case "10" -> WIN10_RELEASES;
                case "11" -> WIN11_RELEASES;
                default -> Map.of();
            };
            Integer releaseBuild = releases.get(release);
            if (releaseBuild == null) {
                throw unknown(name);
            }
            build = releaseBuild;
        }
        return new OsTarget(name, base[0], base[1], build, architecture);
    }

    private static OsdkitException unknown(String name) {
        return new OsdkitException(CoreErrors.INVALID_OS_TARGET,
                "\"" + name + "\" is not a known OS; use XP, Vista, Win7, Win8, Win8.1, Win10[-<release>], Win11[-<release>] or an NT version like 10.0.19045.");
    }

    /**
     * Why Windows never shipped for this version and architecture (Windows 11 has no x86 edition; ARM64
     * starts with Windows 10 1709; Windows 2000 had no x64 edition), or empty for a combination that exists.
     * The constructor accepts any combination, so stored targets always read back; front-ends refuse
     * a new one with this reason.
     */
    public Optional<String> neverShipped() {
        boolean win11 = major == 10 && minor == 0 && build >= 22000;
        if (win11 && architecture == Architecture.X86) {
            return Optional.of("Windows 11 (10.0." + build + ") has no x86 edition; use x64 or arm64");
        }
        if (architecture == Architecture.ARM64 && (major < 10 || major == 10 && minor == 0 && build > 0 && build < 16299)) {
            return Optional.of(name + " (" + version() + ") never ran on arm64; Windows on ARM64 starts with Windows 10 1709 (10.0.16299): name a release from 1709 on, e.g. Win10-22H2");
        }
        if (architecture == Architecture.X64 && major == 5 && minor == 0) {
            return Optional.of("Windows 2000 (5.0) has no x64 edition; x64 starts with Windows XP x64 and Server 2003 (5.2)");
        }
        return Optional.empty();
    }

    /** The NT version as INF decorations write it, e.g. {@code 10.0.19045} or {@code 5.1}. */
    public String version() {
        return build == 0 ? major + "." + minor : major + "." + minor + "." + build;
    }

    @Override
    public String toString() {
        return name + " " + architecture.label();
    }
}
