package org.osdkit.cli.archfixture.drivers.jdbc;

import org.osdkit.cli.archfixture.drivers.DriverPort;

/** Deliberately broken: a JDBC adapter that is public beside its package's storage factory. */
public class JdbcDriverCatalog implements DriverPort {
    @Override
    public int size() {
        return 0;
    }
}
