package org.osdkit.statemigration.cleanup;

/**
 * One thing a hold matched when it was placed: an association with its store, or a store folder no
 * association names.
 *
 * @param associationKey the association ({@code source/restore}), or {@code null} for a store folder without one
 * @param computers      its source and restore computer ({@code SOURCE -> RESTORE}), or {@code null}
 * @param storePath      the store folder as {@code osdkit smp plan} prints it (where it was found on disk, else the
 *                       association's {@code StorePath}), or {@code null} before a capture
 */
public record CoveredStore(String associationKey, String computers, String storePath) {
}
