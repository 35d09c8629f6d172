/** Driver packages per hardware model: INF parsing, driver catalog, packages, distribution points, hardware-ID matching. */
module org.osdkit.drivers {
    // The INF parser and lint are a library of their own: usable without the catalog, a database or Guice.
    exports org.osdkit.drivers.inf;
    exports org.osdkit.drivers.catalog;
    exports org.osdkit.drivers.packages;
    exports org.osdkit.drivers.distribution;
    exports org.osdkit.drivers.matching;
    // DriversStorage.jdbc(database): the one public entry to the JDBC adapters, which stay package-private.
    exports org.osdkit.drivers.jdbc;
    // DriversModule, for applications that wire with Guice; nothing else of the module needs Guice.
    exports org.osdkit.drivers.guice;

    requires transitive org.osdkit.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    // Optional: only DriversModule uses Guice, and a library user who wires by hand never loads it.
    requires static com.google.guice;

    // Guice calls DriversModule's @Provides methods reflectively; no other package is opened to it.
    opens org.osdkit.drivers.guice to com.google.guice;
    // Flyway (through core) lists and reads this module's migrations via the class loader: plain opens.
    opens db.migration.drivers.common;
}
