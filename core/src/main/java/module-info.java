/** osdkit's shared vocabulary and infrastructure ports: every other module builds on it and it builds on none of them. */
module org.osdkit.core {
    exports org.osdkit.core;
    exports org.osdkit.core.audit;
    exports org.osdkit.core.json;
    exports org.osdkit.core.files;
    exports org.osdkit.core.logging;
    exports org.osdkit.core.storage;
    exports org.osdkit.core.text;
    exports org.osdkit.core.whatif;
    exports org.osdkit.core.workspace;

    // Types of these appear in core's API (Guice modules, Jdbi in Database).
    requires transitive com.google.guice;
    requires transitive jakarta.inject;
    requires transitive org.jdbi.v3.core;
    requires transitive java.sql;
    // H2 and PostgreSQL data sources implement javax.naming.Referenceable.
    requires java.naming;
    requires com.h2database;
    requires org.postgresql.jdbc;
    // OsdkitJson hands out ObjectMapper and Module: databind is part of core's API, its java.time and
    // Optional support is not.
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires flyway.core;
    requires com.zaxxer.hikari;

    // Guice calls the @Provides methods of CoreModule reflectively.
    opens org.osdkit.core to com.google.guice;
    // Flyway lists and reads core's own migrations via the class loader: plain opens.
    opens db.migration.core.common;
}
