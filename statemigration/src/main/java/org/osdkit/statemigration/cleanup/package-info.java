/**
 * Retention cleanup: the plan (delete, keep with a reason, or review), the admins' holds, the run
 * that deletes store folders confined to the storage folders, and its journal, so a killed run is
 * resumed without redoing or losing anything.
 */
package org.osdkit.statemigration.cleanup;
