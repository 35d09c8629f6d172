package org.osdkit.cli.archfixture.web;

import org.osdkit.cli.archfixture.cli.ScanCommand;

/** Deliberately broken: web depending on cli. */
public class CliBridge {
    public int scan() {
        return new ScanCommand().run();
    }
}
