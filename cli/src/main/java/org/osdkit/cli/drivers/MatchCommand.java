package org.osdkit.cli.drivers;

import java.nio.file.Path;
import java.util.List;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.Table;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.matching.Device;
import org.osdkit.drivers.matching.DeviceListReader;
import org.osdkit.drivers.matching.DeviceMatch;
import org.osdkit.drivers.matching.DriverRank;
import org.osdkit.drivers.matching.MatchDrivers;
import org.osdkit.drivers.matching.MatchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code osdkit drivers match --hwids <file>}: which catalog driver Windows would pick for each device. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"For each device of a machine, the catalog driver Windows would install (rank 0xSSGGTHHH, lowest wins; then newest date, then"
                + " highest version), and the devices no catalog driver covers. Input: 'pnputil /enum-devices /ids' output or JSON.",
                "For an XP or Server 2003 target the ranks follow Windows XP's rules (0x0000THHH, no feature score).",
                "Exit code 1 when a device has no catalog driver; 2 for an unreadable device list or an OS Windows never had on that architecture."})
final class MatchCommand extends LeafCommand {

    @Option(names = "--hwids", required = true, paramLabel = "<file>", description = "pnputil /enum-devices /ids output (text) or a JSON device list.")
    Path file;

    @Option(names = "--os", required = true, paramLabel = "<os>", description = "The OS the machine will run: XP, Win10-22H2, Win11 ...")
    String os;

    @Option(names = "--arch", required = true, paramLabel = "x86|x64|arm64", description = "The machine's architecture.")
    Architecture arch;

    @Override
    protected int execute() {
        OsTarget target = CliSupport.target(spec, os, arch);
        List<Device> devices = CliSupport.option(spec, "--hwids", () -> DeviceListReader.read(file));
        MatchReport report = get(MatchDrivers.class).match(devices, target);
        Table table = Table.of("InstanceID", "Device", "Driver", "INF", "Provider", "DriverVer", "Rank", "MatchedDeviceID", "MatchedInfID", "Candidates");
        for (DeviceMatch m : report.devices()) {
            table.row(m.device().instanceId(), m.device().description(), m.driver().map(d -> d.shortHash()).orElse("(none)"),
                    m.driver().map(d -> d.infName()).orElse(""), m.driver().map(d -> d.provider()).orElse(""),
                    m.driver().map(d -> d.driverVer().toString()).orElse(""), m.rank().map(Object::toString).orElse(""),
                    m.matchedIds().map(DriverRank.IdMatch::deviceId).orElse(""), m.matchedIds().map(DriverRank.IdMatch::infId).orElse(""), m.candidates());
        }
        printer().table(table);
        printer().info(report.rankRules() == DriverRank.RankRules.PRE_VISTA
                ? "Ranks follow Windows XP's rules for " + report.os() + ": 0x0000THHH, signature score (0x0000 signed, 0x8000 or 0xC000 unsigned)"
                        + " plus identifier score, no feature score."
                : "Ranks follow the Vista-and-later rules: 0xSSGGTHHH, signature, feature and identifier score.");
        printer().info(report.matched().size() + " of " + report.devices().size() + " devices have a catalog driver for " + report.os() + "; "
                + report.unmatched().size() + " have none.");
        return report.unmatched().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
