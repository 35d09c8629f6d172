package org.osdkit.cli.archfixture.cli;

import org.osdkit.cli.archfixture.drivers.internal.InfReader;

/** Deliberately broken: a front-end reaching into a domain's internal package. */
public class ScanCommand {
    public int run() {
        return new InfReader().read();
    }
}
