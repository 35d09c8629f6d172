package org.osdkit.logs.read;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How the reader treats times and long messages.
 *
 * @param assumeZone      zone applied to records without a bias ({@code null}: leave them zone-unknown)
 * @param invertBias      the writer put the bias with the wrong sign (some scripts do): negate it
 * @param maxMessageChars longest message kept; longer ones are cut and reported, so memory stays bounded
 * @param zones           zones named per file ({@code --zone BDD.log=America/Los_Angeles}); they win over
 *                        {@code assumeZone} for the files they name
 * @param borrowedBias    for an MDT log read in a merge, the biases of a sibling log of the same machine
 *                        ({@code null}: none); ignored for logs that write a true bias
 */
public record ReadOptions(ZoneId assumeZone, boolean invertBias, int maxMessageChars, ZoneHints zones, BiasHistory borrowedBias) {

    /** Default cap: CMTrace itself truncates long lines; 512 Ki characters keeps every real message. */
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 512 * 1024;
    /** The smallest message cap accepted. */
    public static final int MIN_MESSAGE_CHARS = 64;

    public ReadOptions {
        if (maxMessageChars < MIN_MESSAGE_CHARS) {
            throw new IllegalArgumentException("maxMessageChars must be at least " + MIN_MESSAGE_CHARS + ", was " + maxMessageChars);
        }
        zones = Objects.requireNonNullElse(zones, ZoneHints.none());
    }

    public ReadOptions(ZoneId assumeZone, boolean invertBias, int maxMessageChars) {
        this(assumeZone, invertBias, maxMessageChars, ZoneHints.none(), null);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, false, DEFAULT_MAX_MESSAGE_CHARS);
    }

    public ReadOptions withAssumeZone(ZoneId zone) {
        return new ReadOptions(zone, invertBias, maxMessageChars, zones, borrowedBias);
    }

    public ReadOptions withInvertBias(boolean invert) {
        return new ReadOptions(assumeZone, invert, maxMessageChars, zones, borrowedBias);
    }

    public ReadOptions withMaxMessageChars(int max) {
        return new ReadOptions(assumeZone, invertBias, max, zones, borrowedBias);
    }

    public ReadOptions withZones(ZoneHints hints) {
        return new ReadOptions(assumeZone, invertBias, maxMessageChars, hints, borrowedBias);
    }

    public ReadOptions withBorrowedBias(BiasHistory history) {
        return new ReadOptions(assumeZone, invertBias, maxMessageChars, zones, history);
    }

    /** The zone for records of {@code source} that carry no bias: the one named for the file, else {@link #assumeZone}. */
    ZoneId zoneFor(String source) {
        ZoneId named = zones.zoneFor(source);
        return named != null ? named : assumeZone;
    }
}
