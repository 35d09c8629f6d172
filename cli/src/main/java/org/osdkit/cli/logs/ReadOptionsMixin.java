package org.osdkit.cli.logs;

import java.time.ZoneId;
import org.osdkit.logs.read.ReadOptions;
import picocli.CommandLine.Option;

/** How logs are read: zone for records without a bias, inverted biases, the message cap. */
final class ReadOptionsMixin {

    @Option(names = "--assume-zone", paramLabel = "<zone>",
            description = "Zone for records written without a bias (e.g. Europe/Brussels, -05:00); default: leave them zone-unknown.")
    ZoneId assumeZone;

    @Option(names = "--invert-bias", description = "The writer put the bias with the wrong sign (some scripts do): negate it.")
    boolean invertBias;

    @Option(names = "--max-message", paramLabel = "<chars>",
            description = "Cut messages longer than this many characters (default: ${DEFAULT-VALUE}); the full length is reported.")
    int maxMessage = ReadOptions.DEFAULT_MAX_MESSAGE_CHARS;

    ReadOptions options() {
        return new ReadOptions(assumeZone, invertBias, maxMessage);
    }
}
