package org.osdkit.drivers.inf;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.OsTarget;

/**
 * One line of [Manufacturer] and the models sections it names.
 *
 * @param name        manufacturer name, tokens substituted
 * @param modelsName  the models section's base name
 * @param decorations the TargetOSVersion decorations listed, in order
 * @param sections    the decorated sections, then the undecorated one when it exists or nothing is decorated
 * @param line        the [Manufacturer] line
 */
public record ManufacturerEntry(String name, String modelsName, List<TargetOsVersion> decorations, List<ModelsSection> sections, int line) {

    public ManufacturerEntry {
        decorations = List.copyOf(decorations);
        sections = List.copyOf(sections);
    }

    /**
     * The models section Windows uses on {@code target}: the best applicable decoration, else the
     * undecorated section on x86. An empty result means the entry offers nothing for the target; a
     * section in state EMPTY means the INF excludes it on purpose.
     */
    public Optional<ModelsSection> sectionFor(OsTarget target) {
        boolean undecorated = sections.stream().anyMatch(s -> s.decoration() == null && s.state() != SectionState.ABSENT);
        return TargetOsVersion.chooseSection(decorations, undecorated, target)
                .flatMap(key -> sections.stream().filter(s -> key.equals(s.decoration() == null ? "" : s.decoration().key())).findFirst());
    }
}
