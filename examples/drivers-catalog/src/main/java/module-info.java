/** An osdkit-drivers consumer wiring the catalog by hand: no Guice, no front-end. */
module org.osdkit.examples.drivers {
    requires org.osdkit.drivers;
}
