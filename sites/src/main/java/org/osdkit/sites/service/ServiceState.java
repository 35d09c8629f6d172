package org.osdkit.sites.service;

/** A Windows service's state as {@code sc.exe query} reports it (codes 1 to 7 of SERVICE_STATUS). */
public enum ServiceState {
    STOPPED,
    START_PENDING,
    STOP_PENDING,
    RUNNING,
    CONTINUE_PENDING,
    PAUSE_PENDING,
    PAUSED,
    /** The answer named no state osdkit knows. */
    UNKNOWN
}
