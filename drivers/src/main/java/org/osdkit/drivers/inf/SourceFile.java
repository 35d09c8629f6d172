package org.osdkit.drivers.inf;

/**
 * A file the driver needs, from {@code [SourceDisksFiles]} or {@code [SourceDisksFiles.<platform>]}
 * resolved through {@code [SourceDisksNames]}.
 *
 * @param name         file name as listed
 * @param diskId       source disk ID
 * @param relativePath where the file sits relative to the INF's folder, with {@code /} separators
 * @param platform     the section's platform, or {@code null} for the undecorated section
 * @param line         the line it was listed on
 */
public record SourceFile(String name, String diskId, String relativePath, InfPlatform platform, int line) {
}
