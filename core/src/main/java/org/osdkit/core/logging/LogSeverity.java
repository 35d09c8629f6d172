package org.osdkit.core.logging;

/** The record types CMTrace colours: 1 information, 2 warning (yellow), 3 error (red). */
public enum LogSeverity {
    INFO(1),
    WARNING(2),
    ERROR(3);

    private final int type;

    LogSeverity(int type) {
        this.type = type;
    }

    /** The value of the {@code type} attribute. osdkit never writes 0, which viewers disagree on. */
    public int type() {
        return type;
    }
}
