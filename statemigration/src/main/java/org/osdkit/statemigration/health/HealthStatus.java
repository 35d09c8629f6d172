package org.osdkit.statemigration.health;

/**
 * Overall state of an SMP for the dashboard: OK, WARNING (act soon) or ERROR (act now); NOT_CHECKED
 * when {@code osdkit smp health} never ran for it.
 */
public enum HealthStatus {
    OK,
    WARNING,
    ERROR,
    NOT_CHECKED
}
