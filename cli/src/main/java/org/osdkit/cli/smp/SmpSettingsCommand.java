package org.osdkit.cli.smp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.GroupCommand;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.SiteCode;
import org.osdkit.statemigration.settings.ConfigureSmp;
import org.osdkit.statemigration.settings.SettingsRepository;
import org.osdkit.statemigration.settings.SmpRoleExport;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit smp settings}: the SMP settings osdkit works with (read from ConfigMgr or given by hand). */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Show or set the State Migration Point settings osdkit plans with (storage folders, deletion delay, cleanup cycle, restore-only mode).",
        subcommands = {SmpSettingsCommand.Show.class, SmpSettingsCommand.Set.class, SmpSettingsCommand.Import.class})
final class SmpSettingsCommand extends GroupCommand {

    /** {@code osdkit smp settings show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the configured State Migration Points.")
    static final class Show extends LeafCommand {
        @Override
        protected int execute() {
            Table t = Table.of("Server", "SiteCode", "SMPStoreDeletionDelayTimeInMinutes", "DeleteAfterDays", "SMPStoreDeletionCycleTimeInMinutes",
                    "SMPQuiesceState", "StoreDepth", "Directory", "AccessPath", "MaxClients", "MinDiskSpace");
            for (SmpSettings s : get(SettingsRepository.class).all()) {
                for (StorageFolder f : s.folders()) {
                    t.row(s.server(), s.siteCode(), s.deletionDelayMinutes(), s.deletionDelayDays(), s.cleanupCycle().toMinutes(),
                            s.restoreOnly() ? 1 : 0, s.storeDepth(), f.directory(), f.accessPath(), f.maxClients(), f.minDiskSpace().toString());
                }
            }
            if (t.isEmpty()) {
                printer().info("No State Migration Point is configured; use 'osdkit smp settings set' or 'osdkit smp settings import'.");
            }
            printer().table(t);
            return ExitCodes.OK;
        }
    }

    /** The retention: either a delay in days or hours, or "delete immediately". */
    static final class Retention {
        @Option(names = "--delete-after", paramLabel = "<n>", required = true,
                description = "Retention after restore (SMPStoreDeletionDelayTimeInMinutes), in --time-unit.")
        long deleteAfter;

        @Option(names = "--delete-immediately", required = true,
                description = "Delete restored stores at the next cleanup (a delay of 0; not the same as a cleanup cycle of 0).")
        boolean immediately;
    }

    /** {@code osdkit smp settings set}. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set an SMP's settings as ConfigMgr has them; nothing is assumed, every value is given.")
    static final class Set extends LeafCommand {
        @Option(names = "--server", required = true, description = "The SMP server (Server Remote Name).")
        String server;

        @Option(names = "--site", description = "The site code the SMP belongs to.")
        SiteCode site;

        @Option(names = "--folder", required = true, paramLabel = "<Directories value>",
                description = "A storage folder as in the role's Directories list: 'Directory=E:\\SOURCES\\USMT;MaxClients=800;MinDiskSpace=10;MinDiskSpaceUnit=2;' (1 MB, 2 GB, 3 percent). Repeat for several.")
        List<String> folders;

        @Option(names = "--access-path", paramLabel = "<Directory>=<path>",
                description = "Where osdkit reaches a storage folder when it does not run on the SMP.")
        Map<String, Path> access = new LinkedHashMap<>();

        @ArgGroup(exclusive = true, multiplicity = "1")
        Retention retention;

        @Option(names = "--time-unit", defaultValue = "days", description = "Unit of --delete-after: days or hours (default: ${DEFAULT-VALUE}).")
        String timeUnit;

        @Option(names = "--cleanup-cycle-minutes", required = true, paramLabel = "<minutes>",
                description = "How often the SMP runs its cleanup (SMPStoreDeletionCycleTimeInMinutes). Never used as the retention.")
        long cycleMinutes;

        @Option(names = "--restore-only", description = "Restore-only mode (SMPQuiesceState=1): osdkit then deletes nothing.")
        boolean restoreOnly;

        @Option(names = "--store-depth", defaultValue = "2",
                description = "Folder levels from a storage folder down to where the scan looks for orphan stores (default: ${DEFAULT-VALUE}:"
                        + " <share folder>\\<store>); associations find their store at any depth.")
        int storeDepth;

        @Override
        protected int execute() {
            List<StorageFolder> parsed = new ArrayList<>();
            for (String f : folders) {
                String directory = StorageFolder.parse(f, null).directory();
                parsed.add(StorageFolder.parse(f, access.get(directory)));
            }
            Duration delay = retention.immediately ? Duration.ZERO
                    : switch (timeUnit.toLowerCase(Locale.ROOT)) {
                        case "hours", "hour" -> Duration.ofHours(retention.deleteAfter);
                        case "days", "day" -> Duration.ofDays(retention.deleteAfter);
                        default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--time-unit must be days or hours");
                    };
            SmpSettings s = new SmpSettings(server, site, parsed, delay, Duration.ofMinutes(cycleMinutes), restoreOnly, storeDepth);
            get(ConfigureSmp.class).save(s);
            printer().info("Saved settings of " + s.server() + ": delete " + s.deletionDelayDays() + " days after restore ("
                    + s.deletionDelayMinutes() + " minutes), cleanup cycle " + s.cleanupCycle().toMinutes() + " minutes, "
                    + s.folders().size() + " storage folder(s)" + (s.restoreOnly() ? ", restore-only mode" : "") + ".");
            return ExitCodes.OK;
        }
    }

    /** {@code osdkit smp settings import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Read SMP settings from 'Get-CMStateMigrationPoint | ConvertTo-Json -Depth 5' output.")
    static final class Import extends LeafCommand {
        @Parameters(paramLabel = "<file.json>", description = "The role export.")
        Path file;

        @Option(names = "--access-path", paramLabel = "<Directory>=<path>",
                description = "Where osdkit reaches a storage folder when it does not run on the SMP.")
        Map<String, Path> access = new LinkedHashMap<>();

        @Option(names = "--store-depth", defaultValue = "2", description = "Folder levels from a storage folder down to where the scan looks for orphan stores"
                + " (default: ${DEFAULT-VALUE}); associations find their store at any depth.")
        int storeDepth;

        @Override
        protected int execute() {
            for (SmpSettings s : SmpRoleExport.read(file, access, storeDepth)) {
                get(ConfigureSmp.class).save(s);
                printer().info("Imported settings of " + s.server() + ": SMPStoreDeletionDelayTimeInMinutes=" + s.deletionDelayMinutes()
                        + ", SMPStoreDeletionCycleTimeInMinutes=" + s.cleanupCycle().toMinutes() + ", SMPQuiesceState=" + (s.restoreOnly() ? 1 : 0)
                        + ", " + s.folders().size() + " storage folder(s).");
            }
            return ExitCodes.OK;
        }
    }
}
