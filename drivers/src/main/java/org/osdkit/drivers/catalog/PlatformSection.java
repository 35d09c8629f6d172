package org.osdkit.drivers.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.inf.SectionState;
import org.osdkit.drivers.inf.TargetOsVersion;

/**
 * One models section a catalog driver's [Manufacturer] entry names: what OS and architecture
 * applicability is computed from, an empty section being a deliberate exclusion.
 *
 * @param manufacturerIndex position of the [Manufacturer] line, from 0
 * @param manufacturer      manufacturer name
 * @param decoration        the TargetOSVersion decoration, {@code ""} for the undecorated section
 * @param state             present, empty or absent
 */
public record PlatformSection(int manufacturerIndex, String manufacturer, String decoration, SectionState state) {

    /**
     * The decoration of the models section a manufacturer line uses on {@code target} ({@code ""} for
     * the undecorated one): the rule {@link TargetOsVersion#chooseSection} applies to a parsed INF.
     */
    public static Optional<String> selected(List<PlatformSection> platforms, int manufacturerIndex, OsTarget target) {
        List<PlatformSection> mine = platforms.stream().filter(p -> p.manufacturerIndex() == manufacturerIndex).toList();
        List<TargetOsVersion> decorations = mine.stream().filter(p -> !p.decoration().isEmpty())
                .map(p -> parsed(p.decoration())).toList();
        boolean undecorated = mine.stream().anyMatch(p -> p.decoration().isEmpty() && p.state() != SectionState.ABSENT);
        return TargetOsVersion.chooseSection(decorations, undecorated, target);
    }

    /** A catalog holds few distinct decorations; matching asks for them for every candidate, so they are parsed once. */
    private static final Map<String, TargetOsVersion> PARSED = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 10_000;

    private static TargetOsVersion parsed(String decoration) {
        TargetOsVersion cached = PARSED.get(decoration);
        if (cached != null) {
            return cached;
        }
        TargetOsVersion t = TargetOsVersion.parse(decoration);
        if (PARSED.size() < MAX_CACHED) {
            PARSED.put(decoration, t);
        }
        return t;
    }

    /** True when some manufacturer line selects a section with devices on {@code target} (an empty one is an exclusion). */
    public static boolean offers(List<PlatformSection> platforms, OsTarget target) {
        return platforms.stream().map(PlatformSection::manufacturerIndex).distinct().anyMatch(index -> selected(platforms, index, target)
                .flatMap(d -> platforms.stream().filter(p -> p.manufacturerIndex() == index && p.decoration().equalsIgnoreCase(d)).findFirst())
                .map(p -> p.state() == SectionState.PRESENT).orElse(false));
    }
}
