/** State Migration Point inventory, capacity and retention cleanup. */
module org.osdkit.statemigration {
    exports org.osdkit.statemigration;

    requires transitive org.osdkit.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    // Guice creates the module's package-private implementations and calls @Provides methods.
    opens org.osdkit.statemigration to com.google.guice;
    opens org.osdkit.statemigration.internal to com.google.guice;
    // core's schema migrator reads this module's SQL scripts across the module boundary.
    opens org.osdkit.statemigration.db to org.osdkit.core;
}
