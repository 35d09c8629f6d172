package org.osdkit.cli.archfixture.drivers.catalog;

import com.google.inject.Inject;
import org.osdkit.cli.archfixture.drivers.guice.DriversModule;

/** Deliberately broken: an API class with a DI annotation that also names its module's Guice module. */
public class DriverCatalog {
    @Inject
    public DriverCatalog() {
    }

    public Object wiring() {
        return new DriversModule();
    }
}
