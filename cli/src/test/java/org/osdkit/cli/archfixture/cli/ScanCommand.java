package org.osdkit.cli.archfixture.cli;

import org.osdkit.cli.archfixture.drivers.internal.InfReader;
import org.osdkit.cli.archfixture.drivers.jdbc.DriversStorage;
import org.osdkit.cli.archfixture.drivers.jdbc.JdbcDriverCatalog;

/**
 * Deliberately broken: a front-end reaching into a package its module does not export, and past a
 * domain's storage factory to one of its JDBC adapters. Its use of the factory itself is fine.
 */
public class ScanCommand {
    public int run() {
        return new InfReader().read() + DriversStorage.jdbc().size();
    }

    public Object adapter() {
        return new JdbcDriverCatalog();
    }
}
