/** Driver packages per hardware model: INF parsing, driver catalog, packages, distribution points, hardware-ID matching. */
module org.osdkit.drivers {
    exports org.osdkit.drivers;
    // The INF parser and lint are a library of their own: usable without the catalog or Guice.
    exports org.osdkit.drivers.inf;

    requires transitive org.osdkit.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    // Guice creates the use cases and calls DriversModule's @Provides methods; the JDBC adapters in
    // internal are built by those methods, so Guice never needs to see that package.
    opens org.osdkit.drivers to com.google.guice;
    // The schema migrator in core reads this module's SQL scripts.
    opens org.osdkit.drivers.db to org.osdkit.core;
}
