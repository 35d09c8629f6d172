package org.osdkit.drivers.matching;

import java.util.List;
import java.util.Locale;

/**
 * The rank Windows (Vista and later) gives a driver for a device, {@code 0xSSGGTHHH}: signature
 * score, feature score, identifier score; lower is better.
 *
 * @param signatureScore  SS: 0x00 signed; unsigned scores follow setupapi.h's SIGNERSCORE values
 * @param featureScore    GG: FeatureScore of the DDInstall section, 0xFF by default
 * @param identifierScore THHH: which ID matched which, and where in the lists
 */
public record DriverRank(int signatureScore, int featureScore, int identifierScore) implements Comparable<DriverRank> {

    /** A trusted signature (WHQL, inbox, Authenticode from a trusted CA); osdkit reads it from a present catalog file. */
    public static final int SIGNED = 0x00;
    /** Unsigned, but the DDInstall section used has an .NT platform extension. */
    public static final int UNSIGNED_NT = 0x80;
    /** Unsigned without an .NT extension (setupapi.h's W9X_SUSPECT byte). */
    public static final int UNSIGNED = 0xC0;

    /** The rank as the 32-bit value setupapi.dev.log prints. */
    public long value() {
        return ((long) signatureScore << 24) | ((long) featureScore << 16) | identifierScore;
    }

    /**
     * The identifier score of one models line for one device, or -1 when no ID matches:
     * device hardware ID = INF hardware ID: {@code 0x0000 + i}; device hardware ID = INF compatible
     * ID: {@code 0x1000 + i}; device compatible ID = INF hardware ID: {@code 0x2000 + j}; device
     * compatible ID = INF compatible ID: {@code 0x3000 + j + 0x100 * k} (i, j positions in the
     * device's lists, k in the INF's compatible IDs). The best (lowest) match counts.
     */
    public static int identifierScore(Device device, String infHardwareId, List<String> infCompatibleIds) {
        String hw = key(infHardwareId);
        List<String> compatible = infCompatibleIds.stream().map(DriverRank::key).toList();
        int best = -1;
        for (int i = 0; i < device.hardwareIds().size(); i++) {
            String id = key(device.hardwareIds().get(i));
            if (id.equals(hw)) {
                best = better(best, i);
            } else if (compatible.contains(id)) {
                best = better(best, 0x1000 + i);
            }
        }
        for (int j = 0; j < device.compatibleIds().size(); j++) {
            String id = key(device.compatibleIds().get(j));
            if (id.equals(hw)) {
                best = better(best, 0x2000 + j);
            } else {
                int k = compatible.indexOf(id);
                if (k >= 0) {
                    best = better(best, 0x3000 + j + 0x100 * k);
                }
            }
        }
        return best;
    }

    private static int better(int current, int candidate) {
        return current < 0 ? candidate : Math.min(current, candidate);
    }

    static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public int compareTo(DriverRank o) {
        return Long.compare(value(), o.value());
    }

    /** {@code 0x00FF0001}, as the SetupAPI log shows it. */
    @Override
    public String toString() {
        return String.format("0x%08X", value());
    }
}
