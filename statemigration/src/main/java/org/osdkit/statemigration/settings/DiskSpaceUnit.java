package org.osdkit.statemigration.settings;

import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/** The unit of a storage folder's MinDiskSpace, with ConfigMgr's {@code MinDiskSpaceUnit} codes. */
public enum DiskSpaceUnit {
    MEGABYTES(1, 99_999),
    GIGABYTES(2, 99_999),
    PERCENT(3, 100);

    private final int code;
    private final long max;

    DiskSpaceUnit(int code, long max) {
        this.code = code;
        this.max = max;
    }

    /** The value ConfigMgr stores in {@code MinDiskSpaceUnit}: 1 MB, 2 GB, 3 percent. */
    public int code() {
        return code;
    }

    /** The largest amount {@code New-CMStoragefolder -MinimumFreeSpace} accepts in this unit. */
    public long max() {
        return max;
    }

    public static DiskSpaceUnit ofCode(int code) {
        for (DiskSpaceUnit unit : values()) {
            if (unit.code == code) {
                return unit;
            }
        }
        throw new OsdkitException(SmpErrors.INVALID_SETTINGS, "MinDiskSpaceUnit " + code + " is unknown; ConfigMgr uses 1 (MB), 2 (GB) or 3 (percent).");
    }

    /** Accepts the code, the unit word of the cmdlets ({@code Megabyte}, {@code Gigabyte}, {@code Percent}) or MB/GB/%. */
    public static DiskSpaceUnit parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "1", "mb", "megabyte", "megabytes" -> MEGABYTES;
            case "2", "gb", "gigabyte", "gigabytes" -> GIGABYTES;
            case "3", "%", "percent", "percentage" -> PERCENT;
            default -> throw new OsdkitException(SmpErrors.INVALID_SETTINGS,
                    "\"" + text + "\" is not a disk space unit; use MB, GB or Percent (MinDiskSpaceUnit 1, 2 or 3).");
        };
    }
}
