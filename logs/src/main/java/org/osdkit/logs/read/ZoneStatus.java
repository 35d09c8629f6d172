package org.osdkit.logs.read;

/** How a record's UTC instant was obtained. */
public enum ZoneStatus {
    /** The record carries a bias: UTC = local time + bias minutes. */
    KNOWN,
    /** The record has no (valid) bias; the caller's assumed zone was applied. */
    ASSUMED,
    /** No bias and no assumed zone, or no valid time at all: there is no UTC instant. */
    UNKNOWN
}
