/**
 * The drivers ports stored in H2 or PostgreSQL ({@code drivers_*} tables). The adapters are
 * package-private; {@code DriversStorage.jdbc(database)} is the one way in.
 */
package org.osdkit.drivers.jdbc;
