package org.osdkit.cli.archfixture.drivers.internal;

/** Deliberately broken: an "internal" package, and one its module does not export. */
public class InfReader {
    public int read() {
        return 1;
    }
}
