/** Site hierarchy, the site control file, and the safe change of a site description. */
module org.osdkit.sites {
    exports org.osdkit.sites;

    requires transitive org.osdkit.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;

    // Guice creates the module's package-private implementations and calls @Provides methods.
    opens org.osdkit.sites to com.google.guice;
    opens org.osdkit.sites.internal to com.google.guice;
    // Core's schema migrator reads this module's scripts through Module.getResourceAsStream.
    opens org.osdkit.sites.db to org.osdkit.core;
}
