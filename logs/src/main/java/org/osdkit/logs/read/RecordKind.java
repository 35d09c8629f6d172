package org.osdkit.logs.read;

/** Whether a record parsed completely or is a fragment kept as found. */
public enum RecordKind {
    /** A complete record of its format. */
    ENTRY,
    /**
     * A torn, interleaved or truncated piece of text kept at its position with its line number: never
     * dropped and never merged into a neighbour.
     */
    UNPARSED
}
