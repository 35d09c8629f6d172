package org.osdkit.cli.archfixture.web;

import org.osdkit.cli.archfixture.drivers.DriverScreen;

/** Deliberately broken: closes a cycle with the drivers fixture. */
public class WebPage {
    public String title() {
        return "web";
    }

    public DriverScreen screen() {
        return new DriverScreen();
    }
}
