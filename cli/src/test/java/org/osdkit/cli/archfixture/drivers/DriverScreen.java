package org.osdkit.cli.archfixture.drivers;

import org.osdkit.cli.archfixture.web.WebPage;

/** Deliberately broken: a domain class that imports a web class. */
public class DriverScreen {
    public String render() {
        System.out.println("deliberately printing outside the printer");
        return new WebPage().title();
    }
}
