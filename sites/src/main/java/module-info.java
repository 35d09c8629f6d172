/** Site hierarchy, the site control file, and the safe change of a site description. */
module org.osdkit.sites {
    exports org.osdkit.sites;
    exports org.osdkit.sites.service;
    exports org.osdkit.sites.controlfile;
    exports org.osdkit.sites.hierarchy;
    exports org.osdkit.sites.description;
    exports org.osdkit.sites.jdbc;
    exports org.osdkit.sites.guice;

    requires transitive org.osdkit.core;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    // Only SitesModule uses Guice; a library user who wires the API by hand does without it.
    requires static com.google.guice;

    // Guice calls SitesModule's @Provides methods reflectively.
    opens org.osdkit.sites.guice to com.google.guice;
    // Flyway (through core) lists and reads this module's migrations via the class loader: plain opens.
    opens db.migration.sites.common;
}
