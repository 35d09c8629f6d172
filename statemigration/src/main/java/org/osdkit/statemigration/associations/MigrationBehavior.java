package org.osdkit.statemigration.associations;

import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/** How much user state a computer association captures and restores ({@code MigrationBehavior}). Codes as {@code SMS_StateMigration} stores them. */
public enum MigrationBehavior {
    CAPTUREANDRESTOREALL(0),
    CAPTUREALLRESTORESPECIFIED(1),
    CAPTUREANDRESTORESPECIFIED(2);

    private final int code;

    MigrationBehavior(int code) {
        this.code = code;
    }

    /** The integer WMI stores. */
    public int code() {
        return code;
    }

    /** The constant for a WMI integer. */
    public static MigrationBehavior ofCode(int code) {
        for (MigrationBehavior value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, code + " is not a MigrationBehavior code.");
    }

    /** Accepts the WMI integer or the constant's name, in any case. */
    public static MigrationBehavior parse(String text) {
        String t = text == null ? "" : text.strip();
        for (MigrationBehavior value : values()) {
            if (value.name().equalsIgnoreCase(t) || String.valueOf(value.code).equals(t)) {
                return value;
            }
        }
        throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "\"" + text + "\" is not a MigrationBehavior" + "; expected one of " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT) + " or its code.");
    }
}
