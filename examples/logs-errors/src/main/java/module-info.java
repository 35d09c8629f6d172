/** An osdkit-logs consumer: needs nothing but the logs module (and what it brings). */
module org.osdkit.examples.logs {
    requires org.osdkit.logs;
}
