package org.osdkit.statemigration.settings;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.statemigration.SmpErrors;

/**
 * A State Migration Point's settings as ConfigMgr keeps them. The deletion delay
 * ({@code SMPStoreDeletionDelayTimeInMinutes}) is the retention after a restore; the cleanup cycle
 * ({@code SMPStoreDeletionCycleTimeInMinutes}) is only how often the SMP looks: the two are never
 * interchangeable, and a cycle of 0 never means "delete immediately".
 *
 * @param server        {@code Server Remote Name}, the SMP server
 * @param siteCode      the site the SMP belongs to, or {@code null} when unknown
 * @param folders       the storage folders, at least one
 * @param deletionDelay retention after restore; zero = "delete immediately" (after the next cycle)
 * @param cleanupCycle  how often the SMP runs its cleanup; informational for osdkit's planner
 * @param restoreOnly   {@code SMPQuiesceState} = 1: no new captures, the SMP is being drained
 * @param storeDepth    how many folder levels below a storage folder a store sits (share folder, store folder: 2);
 *                      folder naming is undocumented, so this is configurable rather than guessed from names
 */
public record SmpSettings(String server, SiteCode siteCode, List<StorageFolder> folders, Duration deletionDelay,
                          Duration cleanupCycle, boolean restoreOnly, int storeDepth) {

    /** Where stores sit when nothing else is said: {@code <storage folder>\SMPSTORE_<id>$\<store>}. */
    public static final int DEFAULT_STORE_DEPTH = 2;

    public SmpSettings {
        if (server == null || server.isBlank()) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "The SMP server name (Server Remote Name) is required.");
        }
        server = server.strip();
        folders = List.copyOf(folders == null ? List.of() : folders);
        if (folders.isEmpty()) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "SMP " + server + " has no storage folder.",
                    "Give at least one storage folder (Directory=...;MaxClients=...;MinDiskSpace=...;MinDiskSpaceUnit=...;).");
        }
        if (deletionDelay == null || deletionDelay.isNegative()) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "The deletion delay of SMP " + server + " must be zero (immediately) or positive.");
        }
        if (cleanupCycle == null || cleanupCycle.isNegative()) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "The cleanup cycle of SMP " + server + " must be zero or positive.");
        }
        if (storeDepth < 1 || storeDepth > 8) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "Store depth " + storeDepth + " is out of range 1..8.");
        }
    }

    /** The delay as ConfigMgr stores it ({@code SMPStoreDeletionDelayTimeInMinutes}). */
    public long deletionDelayMinutes() {
        return deletionDelay.toMinutes();
    }

    /** The delay as the console shows it, in days (may be fractional when set in hours). */
    public double deletionDelayDays() {
        return deletionDelay.toMinutes() / 1440.0;
    }

    /** True when the admin chose "delete immediately" (a delay of zero, never a cycle of zero). */
    public boolean deletesImmediately() {
        return deletionDelay.isZero();
    }

    /** True when {@code name} (short or fully qualified) names this SMP's server. */
    public boolean isServer(String name) {
        String a = shortName(server);
        String b = shortName(name == null ? "" : name.strip());
        return !b.isEmpty() && a.equals(b);
    }

    private static String shortName(String host) {
        int dot = host.indexOf('.');
        return (dot > 0 ? host.substring(0, dot) : host).toLowerCase(Locale.ROOT);
    }
}
