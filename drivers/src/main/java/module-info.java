/** Driver packages per hardware model: INF parsing, driver catalog, packages, distribution points, hardware-ID matching. */
module org.osdkit.drivers {
    exports org.osdkit.drivers;

    requires transitive org.osdkit.core;

    // Guice creates the module's package-private implementations and calls @Provides methods.
    opens org.osdkit.drivers to com.google.guice;
    opens org.osdkit.drivers.internal to com.google.guice;
}
