package org.osdkit.cli.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.ForceOption;
import org.osdkit.cli.command.GroupCommand;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.distribution.ContentStatus;
import org.osdkit.drivers.distribution.DistributionPoint;
import org.osdkit.drivers.distribution.DistributionPointGroup;
import org.osdkit.drivers.distribution.DistributionState;
import org.osdkit.drivers.distribution.DistributionStore;
import org.osdkit.drivers.distribution.DpContentStatus;
import org.osdkit.drivers.distribution.RegisterDistributionPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers dp}: distribution points, distribution point groups and content status. */
@Command(name = "dp", mixinStandardHelpOptions = true, description = "Distribution points, distribution point groups and content status.",
        subcommands = {DpCommand.Add.class, DpCommand.ListPoints.class, DpCommand.Remove.class, DpCommand.GroupAdd.class, DpCommand.GroupRemove.class,
                DpCommand.Groups.class, DpCommand.Status.class})
final class DpCommand extends GroupCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Register a distribution point and the folder share content is copied to. SMSPXEIMAGE$ is refused: it holds PXE boot images only.")
    static final class Add extends LeafCommand {
        @Option(names = "--name", required = true, paramLabel = "<fqdn>", description = "The DP's FQDN, e.g. dp01.contoso.com.")
        String name;

        @Option(names = "--site", required = true, paramLabel = "<code>", description = "Site code of the site the DP belongs to, e.g. PS1.")
        SiteCode site;

        @Option(names = "--share", required = true, paramLabel = "<share>", description = "Content share, e.g. \\\\dp01.contoso.com\\SMSPKGD$.")
        UncPath share;

        @Override
        protected int execute() {
            CliSupport.dpName(spec, "--name", name);
            DistributionPoint dp = get(RegisterDistributionPoint.class).register(name, site, share);
            printer().table(Table.of("Name", "SiteCode", "Share").row(dp.name(), dp.site(), dp.share()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List distribution points.")
    static final class ListPoints extends LeafCommand {
        @Override
        protected int execute() {
            Table table = Table.of("Name", "SiteCode", "Share");
            get(DistributionStore.class).points().forEach(dp -> table.row(dp.name(), dp.site(), dp.share()));
            printer().table(table);
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Forget a distribution point (its content is not touched). Asks unless --force.")
    static final class Remove extends LeafCommand {
        @Parameters(index = "0", paramLabel = "<fqdn>", description = "The distribution point's name, as 'dp add --name' gave it.")
        String name;

        @Mixin
        ForceOption force;

        @Override
        protected int execute() {
            CliSupport.dpName(spec, "<fqdn>", name);
            if (!force.approve("Remove distribution point", name)) {
                printer().info("Nothing changed.");
                removed(false);
                return ExitCodes.OK;
            }
            get(RegisterDistributionPoint.class).remove(name);
            printer().info("Distribution point " + name + " removed.");
            removed(true);
            return ExitCodes.OK;
        }

        /** The sentence is for people; JSON and CSV get the result as one row, so stdout is one document there too. */
        private void removed(boolean removed) {
            if (printer().format() != OutputFormat.table) {
                printer().table(Table.of("Name", "Removed").row(name, removed));
            }
        }
    }

    @Command(name = "group-add", mixinStandardHelpOptions = true, description = "Add distribution points to a group, creating it when needed.")
    static final class GroupAdd extends LeafCommand {
        @Parameters(index = "0", paramLabel = "<group>", description = "The distribution point group's name.")
        String group;

        @Option(names = "--dp", required = true, paramLabel = "<fqdn>", description = "Distribution point (repeatable).")
        List<String> members = new ArrayList<>();

        @Override
        protected int execute() {
            print(printer(), List.of(get(RegisterDistributionPoint.class).addToGroup(group, CliSupport.dpNames(spec, "--dp", members))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "group-remove", mixinStandardHelpOptions = true, description = "Remove distribution points from a group.")
    static final class GroupRemove extends LeafCommand {
        @Parameters(index = "0", paramLabel = "<group>", description = "The distribution point group's name.")
        String group;

        @Option(names = "--dp", required = true, paramLabel = "<fqdn>", description = "Distribution point (repeatable).")
        List<String> members = new ArrayList<>();

        @Override
        protected int execute() {
            print(printer(), List.of(get(RegisterDistributionPoint.class).removeFromGroup(group, CliSupport.dpNames(spec, "--dp", members))));
            return ExitCodes.OK;
        }
    }

    @Command(name = "groups", mixinStandardHelpOptions = true, description = "List distribution point groups.")
    static final class Groups extends LeafCommand {
        @Override
        protected int execute() {
            print(printer(), get(DistributionStore.class).groups());
            return ExitCodes.OK;
        }
    }

    static void print(org.osdkit.cli.output.Printer printer, List<DistributionPointGroup> groups) {
        Table table = Table.of("Group", "Members");
        groups.forEach(g -> table.row(g.name(), String.join(", ", g.members())));
        printer.table(table);
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Content status per package and distribution point in ConfigMgr's words; a DP holding an older version than the package's"
                    + " shows \"behind (has 1, package is 2)\" until 'drivers redistribute' brings it up to date.",
                    "Exit code 1 when a listed row is not up to date: behind, DistributionFailed, DistributionPending or ContentUpdating."})
    static final class Status extends LeafCommand {
        @Option(names = "--package", paramLabel = "<PackageID>", description = "Only this package, e.g. PS100001.")
        PackageId packageId;

        @Option(names = "--state", paramLabel = "<state>", description = "Only this state, e.g. DistributionFailed.")
        String state;

        @Override
        protected int execute() {
            Optional<DistributionState> only = Optional.ofNullable(state).map(s -> CliSupport.parsed(spec, "--state", s, DistributionState::parse));
            Table table = Table.of("PackageID", "DistributionPoint", "State", "SourceVersion", "Updated", "Message");
            boolean notUpToDate = false;
            // State says "behind (has 1, package is 2)" for a DP holding an older version than the package's (ContentUpdating in ConfigMgr's terms).
            for (DpContentStatus s : get(ContentStatus.class).list(Optional.ofNullable(packageId))) {
                if (only.isPresent() && only.get() != s.state()) {
                    continue;
                }
                notUpToDate |= s.state() != DistributionState.DISTRIBUTED || s.behind();
                table.row(s.packageId(), s.dpName(), s.summary(), s.sourceVersion(), s.updated(), s.message());
            }
            printer().table(table);
            return notUpToDate ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
    }
}
