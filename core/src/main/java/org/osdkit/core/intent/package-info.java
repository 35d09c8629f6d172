/**
 * Intent files: a small append-only, synced file in the workspace where a use case writes what it is
 * about to destroy (a cleanup run and each store it deletes, a site change before the service stops)
 * before it does it. The database stays the record; the intent file is what a next run reconciles it
 * with when the database lost the last commits of a killed process (H2 2.5 can, see
 * {@link org.osdkit.core.storage.DatabaseSettings#forWorkspace}).
 */
package org.osdkit.core.intent;
