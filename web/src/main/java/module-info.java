/** osdkit's lightweight dashboard: a Javalin composition root over the domain modules' APIs. */
module org.osdkit.web {
    exports org.osdkit.web;

    requires transitive org.osdkit.core;
    requires org.osdkit.drivers;
    requires org.osdkit.sites;
    requires org.osdkit.statemigration;
    requires org.osdkit.logs;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    // The dashboard's composition root wires with Guice (core only offers it as an option).
    requires com.google.guice;
    requires jakarta.inject;

    // Guice builds the read resources and calls WebModule's @Provides methods; Jackson reads the
    // package-private response records (health, problem details). Both reflect into this package.
    opens org.osdkit.web to com.google.guice, com.fasterxml.jackson.databind;
}
