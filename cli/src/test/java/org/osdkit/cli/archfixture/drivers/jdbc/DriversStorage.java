package org.osdkit.cli.archfixture.drivers.jdbc;

import org.osdkit.cli.archfixture.drivers.DriverPort;

/** As it should be: the jdbc package's one public class, the storage factory front-ends may use. */
public final class DriversStorage {
    private DriversStorage() {
    }

    public static DriverPort jdbc() {
        return new JdbcDriverCatalog();
    }
}
