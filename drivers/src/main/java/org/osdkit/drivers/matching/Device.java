package org.osdkit.drivers.matching;

import java.util.List;

/**
 * A device of a machine as Windows reports it: hardware IDs and compatible IDs, most specific first.
 *
 * @param instanceId    device instance ID
 * @param description   device description, may be empty
 * @param hardwareIds   hardware IDs in the device's order
 * @param compatibleIds compatible IDs in the device's order
 */
public record Device(String instanceId, String description, List<String> hardwareIds, List<String> compatibleIds) {

    public Device {
        description = description == null ? "" : description;
        hardwareIds = List.copyOf(hardwareIds);
        compatibleIds = List.copyOf(compatibleIds);
    }
}
