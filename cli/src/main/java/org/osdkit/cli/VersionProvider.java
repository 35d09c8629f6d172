package org.osdkit.cli;

import org.osdkit.core.OsdkitVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code osdkit --version}: osdkit's version and the Java running it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "osdkit " + OsdkitVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")
        };
    }
}
