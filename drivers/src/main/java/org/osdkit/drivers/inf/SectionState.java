package org.osdkit.drivers.inf;

/** Whether a models section named by [Manufacturer] exists; "empty" and "absent" mean different things. */
public enum SectionState {
    /** Present with at least one model line. */
    PRESENT,
    /** Present but empty: the INF deliberately excludes this OS or platform. */
    EMPTY,
    /** Named by [Manufacturer] but not in the file: an INF error. */
    ABSENT
}
