/**
 * The JDBC adapters of the sites ports (H2 or PostgreSQL, through core's {@code Database}),
 * package-private behind one factory: {@link org.osdkit.sites.jdbc.SitesStorage#jdbc(org.osdkit.core.storage.Database)}.
 */
package org.osdkit.sites.jdbc;
