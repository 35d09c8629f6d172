package org.osdkit.statemigration.health;

import java.time.Instant;
import org.osdkit.statemigration.capacity.CapacityStatus;

/**
 * One storage folder's capacity as one health check found it: a point of the capacity-over-time series.
 *
 * @param server       the SMP
 * @param checkedAt    when {@code osdkit smp health} checked it
 * @param directory    the storage folder's {@code Directory}
 * @param status       OK, WARNING, FULL or UNREACHABLE then
 * @param clients      store folders present
 * @param maxClients   {@code MaxClients}
 * @param storeBytes   bytes held by the stores
 * @param totalBytes   the volume's size (0 when unreachable)
 * @param freeBytes    free bytes on the volume
 * @param minFreeBytes {@code MinDiskSpace} in bytes
 */
public record CapacitySample(String server, Instant checkedAt, String directory, CapacityStatus status, int clients, int maxClients,
                             long storeBytes, long totalBytes, long freeBytes, long minFreeBytes) {
}
