/**
 * The statemigration module's storage ports over JDBC (H2 or PostgreSQL through core's
 * {@code Database}): one public factory, {@link org.osdkit.statemigration.jdbc.StateMigrationStorage},
 * and the package-private adapters behind it.
 */
package org.osdkit.statemigration.jdbc;
