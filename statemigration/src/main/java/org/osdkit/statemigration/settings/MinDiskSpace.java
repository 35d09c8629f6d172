package org.osdkit.statemigration.settings;

import java.util.Objects;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/**
 * The free space a storage folder must keep before the SMP stops placing new stores in it, in the
 * unit the admin chose (MB, GB or a percentage of the volume).
 *
 * @param amount the number in {@code unit}, 1..99,999 (MB/GB) or 1..100 (percent)
 * @param unit   MB, GB or percent
 */
public record MinDiskSpace(long amount, DiskSpaceUnit unit) {

    private static final long MB = 1024L * 1024L;

    public MinDiskSpace {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > unit.max()) {
            throw new OsdkitException(SmpErrors.INVALID_SETTINGS,
                    "MinDiskSpace " + amount + " " + unit + " is out of range; ConfigMgr accepts 1.." + unit.max() + " for this unit.");
        }
    }

    /** The free bytes this threshold demands on a volume of {@code totalBytes}. */
    public long requiredFreeBytes(long totalBytes) {
        return switch (unit) {
            case MEGABYTES -> amount * MB;
            case GIGABYTES -> amount * 1024L * MB;
            case PERCENT -> totalBytes / 100L * amount;
        };
    }

    @Override
    public String toString() {
        return amount + (unit == DiskSpaceUnit.PERCENT ? " %" : unit == DiskSpaceUnit.MEGABYTES ? " MB" : " GB");
    }
}
