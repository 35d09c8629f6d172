package org.osdkit.statemigration.capacity;

/** How a storage folder stands: OK, WARNING (close to a limit), FULL (the SMP places no new store), UNREACHABLE. */
public enum CapacityStatus {
    OK,
    WARNING,
    FULL,
    UNREACHABLE
}
