package org.osdkit.drivers.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rank Windows gives a driver for a device; lower is better. Vista and later: {@code 0xSSGGTHHH},
 * signature score, feature score, identifier score. Windows XP, Server 2003 and 2000
 * ({@link RankRules#PRE_VISTA}): {@code 0x0000THHH}, a signature score in the two high bits of T
 * ({@code 0x8000} unsigned with an {@code .NT} install section, {@code 0xC000} without) plus the same
 * identifier score, and no feature score (FeatureScore came with Vista).
 *
 * @param signatureScore  SS: 0x00 signed; unsigned scores follow setupapi.h's SIGNERSCORE values
 * @param featureScore    GG: FeatureScore of the DDInstall section, 0xFF by default (not part of a pre-Vista rank)
 * @param identifierScore THHH: which ID matched which, and where in the lists
 * @param rules           which Windows' ranking the value follows
 */
public record DriverRank(int signatureScore, int featureScore, int identifierScore, RankRules rules) implements Comparable<DriverRank> {

    /** A trusted signature (WHQL, inbox, Authenticode from a trusted CA); osdkit reads it from a present catalog file. */
    public static final int SIGNED = 0x00;
    /** Unsigned, but the DDInstall section used has an .NT platform extension. */
    public static final int UNSIGNED_NT = 0x80;
    /** Unsigned without an .NT extension (setupapi.h's W9X_SUSPECT byte). */
    public static final int UNSIGNED = 0xC0;

    /** Whose ranking rules a rank follows. */
    public enum RankRules {
        /** Windows Vista and later: {@code 0xSSGGTHHH}. */
        VISTA_AND_LATER,
        /** Windows 2000, XP and Server 2003: {@code 0x0000THHH}, DRIVER_UNTRUSTED_RANK 0x8000, DRIVER_W9X_SUSPECT_RANK 0xC000. */
        PRE_VISTA;

        /** The rules of the Windows release with NT version {@code major}. */
        public static RankRules forNtMajor(int major) {
            return major < 6 ? PRE_VISTA : VISTA_AND_LATER;
        }
    }

    /** A Vista-and-later rank. */
    public DriverRank(int signatureScore, int featureScore, int identifierScore) {
        this(signatureScore, featureScore, identifierScore, RankRules.VISTA_AND_LATER);
    }

    public DriverRank {
        rules = rules == null ? RankRules.VISTA_AND_LATER : rules;
    }

    /** The rank as the 32-bit value the SetupAPI log prints. */
    public long value() {
        if (rules == RankRules.PRE_VISTA) {
            // SIGNED 0x00, UNSIGNED_NT 0x80, UNSIGNED 0xC0 become 0x0000, 0x8000 and 0xC000.
            return ((long) signatureScore << 8) + identifierScore;
        }
        return ((long) signatureScore << 24) | ((long) featureScore << 16) | identifierScore;
    }

    /**
     * Which device ID matched which INF ID, and the identifier score of that match.
     *
     * @param score              the identifier score (THHH)
     * @param deviceId           the device's ID, as the device reports it
     * @param deviceHardwareId   true when it is one of the device's hardware IDs, false for a compatible ID
     * @param infId              the INF's ID, as the models line writes it
     * @param infHardwareId      true when it is the models line's hardware ID, false for one of its compatible IDs
     */
    public record IdMatch(int score, String deviceId, boolean deviceHardwareId, String infId, boolean infHardwareId) {
    }

    /**
     * The identifier score of one models line for one device, or -1 when no ID matches:
     * device hardware ID = INF hardware ID: {@code 0x0000 + i}; device hardware ID = INF compatible
     * ID: {@code 0x1000 + i}; device compatible ID = INF hardware ID: {@code 0x2000 + j}; device
     * compatible ID = INF compatible ID: {@code 0x3000 + j + 0x100 * k} (i, j positions in the
     * device's lists, k in the INF's compatible IDs). The best (lowest) match counts.
     */
    public static int identifierScore(Device device, String infHardwareId, List<String> infCompatibleIds) {
        return identify(device, infHardwareId, infCompatibleIds).map(IdMatch::score).orElse(-1);
    }

    /** As {@link #identifierScore}, naming the two IDs of the best match; empty when no ID matches. */
    public static Optional<IdMatch> identify(Device device, String infHardwareId, List<String> infCompatibleIds) {
        String hw = infHardwareId == null || infHardwareId.isBlank() ? null : key(infHardwareId);
        List<String> compatible = infCompatibleIds.stream().map(DriverRank::key).toList();
        IdMatch best = null;
        for (int i = 0; i < device.hardwareIds().size(); i++) {
            String deviceId = device.hardwareIds().get(i);
            String id = key(deviceId);
            int k = compatible.indexOf(id);
            if (id.equals(hw)) {
                best = better(best, new IdMatch(i, deviceId, true, infHardwareId, true));
            } else if (k >= 0) {
                best = better(best, new IdMatch(0x1000 + i, deviceId, true, infCompatibleIds.get(k), false));
            }
        }
        for (int j = 0; j < device.compatibleIds().size(); j++) {
            String deviceId = device.compatibleIds().get(j);
            String id = key(deviceId);
            int k = compatible.indexOf(id);
            if (id.equals(hw)) {
                best = better(best, new IdMatch(0x2000 + j, deviceId, false, infHardwareId, true));
            } else if (k >= 0) {
                best = better(best, new IdMatch(0x3000 + j + 0x100 * k, deviceId, false, infCompatibleIds.get(k), false));
            }
        }
        return Optional.ofNullable(best);
    }

    private static IdMatch better(IdMatch current, IdMatch candidate) {
        return current == null || candidate.score() < current.score() ? candidate : current;
    }

    static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public int compareTo(DriverRank o) {
        return Long.compare(value(), o.value());
    }

    /** {@code 0x00FF0001} (Vista and later) or {@code 0x00000001} (XP), as the SetupAPI log shows it. */
    @Override
    public String toString() {
        return String.format("0x%08X", value());
    }
}
