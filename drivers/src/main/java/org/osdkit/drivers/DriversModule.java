package org.osdkit.drivers;

import com.google.inject.PrivateModule;

/**
 * The drivers module's Guice bindings. Private: implementations stay inside, only the API is exposed.
 * Needs core's bindings ({@code CoreModule}) in the same injector.
 */
public final class DriversModule extends PrivateModule {

    @Override
    protected void configure() {
        // Bindings arrive with the module's use cases.
    }
}
