package org.osdkit.statemigration.health;

/** Overall state of an SMP for the dashboard: OK, WARNING (act soon) or ERROR (act now). */
public enum HealthStatus {
    OK,
    WARNING,
    ERROR
}
