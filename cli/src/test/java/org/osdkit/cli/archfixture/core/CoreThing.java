package org.osdkit.cli.archfixture.core;

import org.osdkit.cli.archfixture.drivers.DriverScreen;

/** Deliberately broken: core depending on a domain module. */
public class CoreThing {
    public Object screen() {
        return new DriverScreen();
    }
}
