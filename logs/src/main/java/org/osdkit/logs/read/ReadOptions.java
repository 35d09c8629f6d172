package org.osdkit.logs.read;

import java.time.ZoneId;

/**
 * How the reader treats times and long messages.
 *
 * @param assumeZone      zone applied to records without a bias ({@code null}: leave them zone-unknown)
 * @param invertBias      the writer put the bias with the wrong sign (some scripts do): negate it
 * @param maxMessageChars longest message kept; longer ones are cut and reported, so memory stays bounded
 */
public record ReadOptions(ZoneId assumeZone, boolean invertBias, int maxMessageChars) {

    /** Default cap: CMTrace itself truncates long lines; 512 Ki characters keeps every real message. */
    public static final int DEFAULT_MAX_MESSAGE_CHARS = 512 * 1024;

    public ReadOptions {
        if (maxMessageChars < 64) {
            throw new IllegalArgumentException("maxMessageChars must be at least 64, was " + maxMessageChars);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, false, DEFAULT_MAX_MESSAGE_CHARS);
    }

    public ReadOptions withAssumeZone(ZoneId zone) {
        return new ReadOptions(zone, invertBias, maxMessageChars);
    }

    public ReadOptions withInvertBias(boolean invert) {
        return new ReadOptions(assumeZone, invert, maxMessageChars);
    }

    public ReadOptions withMaxMessageChars(int max) {
        return new ReadOptions(assumeZone, invertBias, max);
    }
}
