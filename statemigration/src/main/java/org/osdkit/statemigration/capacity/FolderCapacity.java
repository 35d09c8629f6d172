package org.osdkit.statemigration.capacity;

import java.time.Instant;

/**
 * Capacity of one storage folder: stores against MaxClients, free space against MinDiskSpace in its
 * unit, and days until full at the capture rate of the last 30 days.
 *
 * @param directory         the storage folder's {@code Directory}
 * @param status            OK, WARNING, FULL or UNREACHABLE
 * @param clients           store folders present (each holds one client's state)
 * @param maxClients        {@code MaxClients}
 * @param storeBytes        bytes held by those stores
 * @param totalBytes        the volume's size (0 when unreachable)
 * @param freeBytes         free bytes on the volume
 * @param minFreeBytes      {@code MinDiskSpace} in bytes for this volume
 * @param minDiskSpace      {@code MinDiskSpace} as configured, e.g. {@code 10 GB} or {@code 5 %}
 * @param capturesLast30Days stores created in the last 30 days in this folder
 * @param daysUntilFull     days until MaxClients or MinDiskSpace is reached at that rate; {@code null} without recent captures
 * @param oldestUnreleased  creation date of the oldest captured, never released store; {@code null} if none
 */
public record FolderCapacity(String directory, CapacityStatus status, int clients, int maxClients, long storeBytes, long totalBytes,
                             long freeBytes, long minFreeBytes, String minDiskSpace, int capturesLast30Days, Double daysUntilFull,
                             Instant oldestUnreleased) {
}
