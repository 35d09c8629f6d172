/** osdkit's shared vocabulary and infrastructure ports: every other module builds on it and it builds on none of them. */
module org.osdkit.core {
    exports org.osdkit.core;
    exports org.osdkit.core.audit;
    exports org.osdkit.core.json;
    exports org.osdkit.core.files;
    exports org.osdkit.core.guice;
    exports org.osdkit.core.intent;
    exports org.osdkit.core.logging;
    exports org.osdkit.core.progress;
    exports org.osdkit.core.storage;
    exports org.osdkit.core.text;
    exports org.osdkit.core.whatif;
    exports org.osdkit.core.workspace;

    // Only org.osdkit.core.guice uses Guice: a library user who wires by hand needs no Guice at run time.
    requires static com.google.guice;
    // Jdbi appears in core's API (Database.jdbi()).
    requires transitive org.jdbi.v3.core;
    requires transitive java.sql;
    // Jdbi is an automatic module and needs geantyref, an explicit module nothing else requires: without
    // this line a module-path application fails with NoClassDefFoundError unless it adds every module.
    requires io.leangen.geantyref;
    // Flyway (automatic module named from its jar) and HikariCP. The JDBC drivers are not named here:
    // Hikari finds the one the URL needs through java.sql.DriverManager, so the application picks it.
    requires flyway.core;
    requires com.zaxxer.hikari;
    // OsdkitJson hands out ObjectMapper and Module: databind is part of core's API, its java.time and
    // Optional support is not.
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    // Guice calls the @Provides methods of CoreModule reflectively.
    opens org.osdkit.core.guice to com.google.guice;
    // Flyway lists and reads core's own migrations via the class loader: plain opens.
    opens db.migration.core.common;
}
