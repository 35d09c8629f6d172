package org.osdkit.cli.logs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ZoneHints;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How logs are read: zones for records without a true bias, inverted biases, the message cap. */
final class ReadOptionsMixin {

    @Option(names = "--assume-zone", paramLabel = "<zone>",
            description = "Zone for records written without a bias (e.g. Europe/Brussels, -05:00); default: leave them zone-unknown.")
    ZoneId assumeZone;

    @Option(names = "--zone", paramLabel = "<file=zone>",
            description = {"Zone of one file's local times, e.g. BDD.log=America/Los_Angeles, 'ZTI*.log=-08:00', '*=Europe/Brussels'; repeatable.",
                    "For MDT's logs (BDD.log, ZTI*.log, LiteTouch.log ..., whose +000 bias is not UTC) and records without a bias;",
                    "records with a true bias keep it. Without it a merge takes an MDT log's zone from the machine's smsts.log."})
    List<String> zones = new ArrayList<>();

    @Option(names = "--invert-bias", description = "The writer put the bias with the wrong sign (some scripts do): negate it.")
    boolean invertBias;

    @Option(names = "--max-message", paramLabel = "<chars>",
            description = "Cut messages longer than this many characters (default: ${DEFAULT-VALUE}, at least 64); the full length is reported.")
    int maxMessage = ReadOptions.DEFAULT_MAX_MESSAGE_CHARS;

    /** The options; a bad value is a usage error (exit code 2) naming the option. */
    ReadOptions options(CommandLine cl) {
        if (maxMessage < ReadOptions.MIN_MESSAGE_CHARS) {
            throw new CommandLine.ParameterException(cl, "--max-message must be at least " + ReadOptions.MIN_MESSAGE_CHARS + ", was " + maxMessage);
        }
        ZoneHints hints;
        try {
            hints = ZoneHints.parse(zones);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        return new ReadOptions(assumeZone, invertBias, maxMessage).withZones(hints);
    }
}
