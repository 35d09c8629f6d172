/**
 * Streaming ConfigMgr log parsing, merged timelines, tailing, error-code decoding and diagnosis.
 * The feature packages are the API and use no DI; {@code jdbc} holds the storage behind
 * {@code LogsStorage.jdbc(database)} and {@code guice} the optional Guice module.
 */
module org.osdkit.logs {
    exports org.osdkit.logs;
    exports org.osdkit.logs.read;
    exports org.osdkit.logs.filter;
    exports org.osdkit.logs.convert;
    exports org.osdkit.logs.merge;
    exports org.osdkit.logs.tail;
    exports org.osdkit.logs.errorcodes;
    exports org.osdkit.logs.diagnosis;
    exports org.osdkit.logs.tasksequence;
    exports org.osdkit.logs.timeline;
    exports org.osdkit.logs.jdbc;
    exports org.osdkit.logs.guice;

    requires transitive org.osdkit.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;
    // Only LogsModule uses Guice: a library user who wires by hand never needs it.
    requires static com.google.guice;

    // Guice calls LogsModule's @Provides methods reflectively.
    opens org.osdkit.logs.guice to com.google.guice;
    // Jackson binds rule-pack files onto the package's private file-shape records.
    opens org.osdkit.logs.diagnosis to com.fasterxml.jackson.databind;
    // Flyway (through core) lists and reads this module's migrations via the class loader: plain opens.
    opens db.migration.logs.common;
}
