/** Streaming ConfigMgr log parsing, merged timelines, error-code decoding and diagnosis. */
module org.osdkit.logs {
    exports org.osdkit.logs;

    requires transitive org.osdkit.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    // Only LogsModule and the @Inject constructors use them; core no longer hands Guice on.
    requires static com.google.guice;
    requires static jakarta.inject;

    // Guice creates the module's package-private implementations and calls @Provides methods.
    opens org.osdkit.logs to com.google.guice;
    opens org.osdkit.logs.internal to com.google.guice;
    // Flyway (through core) lists and reads this module's migrations via the class loader: plain opens.
    opens db.migration.logs.common;
}
