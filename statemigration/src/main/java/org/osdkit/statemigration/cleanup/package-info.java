/**
 * Retention cleanup: the plan (delete, keep with a reason, or review), the admins' holds resolved to
 * what they cover when placed, the run that deletes store folders through core's confined deletion
 * (never outside the storage folders, never through a link or mount point), and its journal (each
 * store's outcome, association update and audit entry in one transaction), so a killed run is resumed
 * without redoing or losing anything; one run at a time per SMP, through a lock with a heartbeat.
 */
package org.osdkit.statemigration.cleanup;
