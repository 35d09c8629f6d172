/** Site hierarchy, the site control file, and the safe change of a site description. */
module org.osdkit.sites {
    exports org.osdkit.sites;

    requires transitive org.osdkit.core;

    // Guice creates the module's package-private implementations and calls @Provides methods.
    opens org.osdkit.sites to com.google.guice;
    opens org.osdkit.sites.internal to com.google.guice;
}
