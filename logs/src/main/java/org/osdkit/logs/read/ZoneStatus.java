package org.osdkit.logs.read;

/** How a record's UTC instant was obtained. */
public enum ZoneStatus {
    /** The record carries a bias: UTC = local time + bias minutes. */
    KNOWN,
    /** The record has no (valid) bias; the caller's assumed zone was applied. */
    ASSUMED,
    /**
     * The written bias is meaningless (MDT's scripts write {@code +000} whatever the machine's zone):
     * the time is local, and its zone was taken from a sibling log of the same machine with a true
     * bias, or from {@code --zone}. {@link LogRecord#timeNote()} says from what.
     */
    INFERRED,
    /** No bias and no assumed zone, or no valid time at all: there is no UTC instant. */
    UNKNOWN
}
