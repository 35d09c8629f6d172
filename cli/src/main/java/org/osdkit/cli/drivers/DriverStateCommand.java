package org.osdkit.cli.drivers;

import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.SetDriverEnabled;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers enable|disable <driver>}: only enabled drivers go into packages and matches. */
final class DriverStateCommand {

    private DriverStateCommand() {
    }

    abstract static class Base extends LeafCommand {
        @Parameters(index = "0", paramLabel = "<driver>", description = "Driver hash or its first 8+ hex digits.")
        String driver;

        int set(boolean enabled) {
            CatalogDriver d = get(SetDriverEnabled.class).set(CliSupport.driverHash(spec, "<driver>", driver), enabled);
            printer().table(Table.of("Driver", "Name", "INF", "Enabled").row(d.shortHash(), d.name(), d.infName(), d.enabled()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a catalog driver for packages and matching.")
    static final class Enable extends Base {
        @Override
        protected int execute() {
            return set(true);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a catalog driver: package builds skip it and matching ignores it (it stays in the catalog).")
    static final class Disable extends Base {
        @Override
        protected int execute() {
            return set(false);
        }
    }
}
