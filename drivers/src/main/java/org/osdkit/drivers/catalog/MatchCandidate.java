package org.osdkit.drivers.catalog;

import java.util.List;

/**
 * A catalog models line that shares an ID with a device, with what ranking and applicability need.
 *
 * @param model     the models line
 * @param driver    its driver
 * @param platforms the models sections of the driver's [Manufacturer] lines
 */
public record MatchCandidate(CatalogModel model, CatalogDriver driver, List<PlatformSection> platforms) {

    public MatchCandidate {
        platforms = List.copyOf(platforms);
    }
}
