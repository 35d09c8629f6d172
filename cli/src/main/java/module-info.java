/** The osdkit command line: a picocli composition root over the domain modules' APIs. */
module org.osdkit.cli {
    requires org.osdkit.core;
    requires org.osdkit.drivers;
    requires org.osdkit.sites;
    requires org.osdkit.statemigration;
    requires org.osdkit.logs;
    requires org.osdkit.web;
    requires info.picocli;
    requires me.tongfei.progressbar;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.slf4j;
    // The command line's composition root wires with Guice (core only offers it as an option).
    requires com.google.guice;

    // osdkit's own log: every slf4j call (ours, Javalin's, Jetty's) ends up in the workspace's CMTrace log.
    provides org.slf4j.spi.SLF4JServiceProvider with org.osdkit.cli.logging.CmTraceServiceProvider;

    // picocli reads and sets annotated fields of the commands reflectively (a plain opens: a qualified
    // one breaks picocli's resource-bundle lookup). Jackson reads the logs commands' CSV row record
    // through the same opens.
    opens org.osdkit.cli;
    opens org.osdkit.cli.command;
    opens org.osdkit.cli.drivers;
    opens org.osdkit.cli.sites;
    opens org.osdkit.cli.smp;
    opens org.osdkit.cli.logs;
    opens org.osdkit.cli.web;
    opens org.osdkit.cli.completion;
}
