package org.osdkit.cli.archfixture.drivers.guice;

import com.google.inject.AbstractModule;

/** As it should be: Guice used in the module's guice package. */
public class DriversModule extends AbstractModule {
}
