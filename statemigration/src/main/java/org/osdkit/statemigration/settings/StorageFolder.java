package org.osdkit.statemigration.settings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/**
 * One storage folder of a State Migration Point, as ConfigMgr keeps it in the role's
 * {@code Directories} property list, plus where osdkit reaches it.
 *
 * @param directory    the folder as the SMP knows it ({@code E:\SOURCES\USMT})
 * @param accessPath   where osdkit reads it: the same folder when osdkit runs on the SMP, else a mount or admin share
 * @param maxClients   {@code MaxClients}, 1..99,999
 * @param minDiskSpace {@code MinDiskSpace} in its unit
 */
public record StorageFolder(String directory, Path accessPath, int maxClients, MinDiskSpace minDiskSpace) {

    public StorageFolder {
        if (directory == null || directory.isBlank()) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "A storage folder needs its Directory.");
        }
        directory = directory.strip();
        Objects.requireNonNull(minDiskSpace, "minDiskSpace");
        if (maxClients < 1 || maxClients > 99_999) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS,
                    "MaxClients " + maxClients + " of storage folder " + directory + " is out of range; ConfigMgr accepts 1..99999.");
        }
        accessPath = (accessPath == null ? Path.of(directory) : accessPath).toAbsolutePath().normalize();
    }

    /**
     * Parses one value of the {@code Directories} property list,
     * {@code Directory=<path>;MaxClients=<n>;MinDiskSpace=<n>;MinDiskSpaceUnit=<u>;}, by key name (the
     * order is not guaranteed); {@code accessPath} may be {@code null} for "the directory itself".
     */
    public static StorageFolder parse(String directoriesValue, Path accessPath) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : (directoriesValue == null ? "" : directoriesValue).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw invalid(directoriesValue, "\"" + part.strip() + "\" is not a key=value pair");
            }
            pairs.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
        }
        String directory = pairs.get("directory");
        if (directory == null || directory.isEmpty()) {
            throw invalid(directoriesValue, "Directory= is missing");
        }
        int maxClients = (int) number(directoriesValue, pairs, "MaxClients");
        long minDiskSpace = number(directoriesValue, pairs, "MinDiskSpace");
        DiskSpaceUnit unit = pairs.containsKey("mindiskspaceunit")
                ? DiskSpaceUnit.parse(pairs.get("mindiskspaceunit")) : DiskSpaceUnit.MEGABYTES;
        return new StorageFolder(directory, accessPath, maxClients, new MinDiskSpace(minDiskSpace, unit));
    }

    /** This folder in ConfigMgr's {@code Directories} syntax. */
    public String directoriesValue() {
        return "Directory=" + directory + ";MaxClients=" + maxClients + ";MinDiskSpace=" + minDiskSpace.amount()
                + ";MinDiskSpaceUnit=" + minDiskSpace.unit().code() + ";";
    }

    private static long number(String value, Map<String, String> pairs, String key) {
        String text = pairs.get(key.toLowerCase(Locale.ROOT));
        if (text == null || text.isEmpty()) {
            throw invalid(value, key + "= is missing");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw invalid(value, key + "=" + text + " is not a whole number");
        }
    }

    private static OsdkitException invalid(String value, String why) {
        return new OsdkitException(SmpErrors.INVALID_SETTINGS, "Storage folder \"" + value + "\" cannot be read: " + why + ".",
                "Write it as Directory=<path>;MaxClients=<n>;MinDiskSpace=<n>;MinDiskSpaceUnit=<1 MB|2 GB|3 percent>;");
    }
}
