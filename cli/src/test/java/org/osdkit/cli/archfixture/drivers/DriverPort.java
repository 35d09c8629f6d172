package org.osdkit.cli.archfixture.drivers;

import org.osdkit.cli.archfixture.drivers.jdbc.JdbcDriverCatalog;

/**
 * Deliberately broken: a port in the API that names its own JDBC adapter, which implements it back,
 * the two-file import circle between a module's top package and its jdbc package.
 */
public interface DriverPort {
    int size();

    static DriverPort jdbc() {
        return new JdbcDriverCatalog();
    }
}
