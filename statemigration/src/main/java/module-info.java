/** State Migration Point inventory, capacity and retention cleanup. */
module org.osdkit.statemigration {
    exports org.osdkit.statemigration;
    exports org.osdkit.statemigration.settings;
    exports org.osdkit.statemigration.associations;
    exports org.osdkit.statemigration.inventory;
    exports org.osdkit.statemigration.capacity;
    exports org.osdkit.statemigration.cleanup;
    exports org.osdkit.statemigration.health;
    exports org.osdkit.statemigration.jdbc;
    exports org.osdkit.statemigration.guice;

    requires transitive org.osdkit.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;
    // Only the guice package uses it; a library user who wires by hand needs no Guice at run time.
    requires static com.google.guice;

    // Jackson creates the package-private records the exports are bound onto and calls their deserializers.
    opens org.osdkit.statemigration.associations to com.fasterxml.jackson.databind;
    opens org.osdkit.statemigration.settings to com.fasterxml.jackson.databind;
    // Guice calls the @Provides methods of StateMigrationModule reflectively.
    opens org.osdkit.statemigration.guice to com.google.guice;
    // Flyway (through core) lists and reads this module's migrations via the class loader: plain opens.
    opens db.migration.smp.common;
}
