package org.osdkit.drivers.inf;

import java.util.List;

/**
 * One models section a [Manufacturer] entry points at, with its state.
 *
 * @param name       the section name, e.g. {@code Standard.NTamd64}
 * @param decoration its TargetOSVersion decoration, {@code null} for the undecorated section
 * @param state      present, empty (a deliberate exclusion) or absent
 * @param entries    its device lines
 */
public record ModelsSection(String name, TargetOsVersion decoration, SectionState state, List<ModelEntry> entries) {

    public ModelsSection {
        entries = List.copyOf(entries);
    }
}
