package org.osdkit.cli.archfixture.drivers.internal;

/** A domain implementation class that front-ends must not use directly. */
public class InfReader {
    public int read() {
        return 1;
    }
}
