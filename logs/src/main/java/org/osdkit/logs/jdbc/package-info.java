/** The module's storage in SQL ({@code logs_} tables): package-private JDBC adapters behind {@link org.osdkit.logs.jdbc.LogsStorage#jdbc}. */
package org.osdkit.logs.jdbc;
