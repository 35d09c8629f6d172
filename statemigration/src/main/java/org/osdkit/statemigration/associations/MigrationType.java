package org.osdkit.statemigration.associations;

import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/** Whether a migration goes to another computer or back to the same one ({@code MigrationType}). Codes as {@code SMS_StateMigration} stores them. */
public enum MigrationType {
    SIDEBYSIDE(1),
    INPLACE(2);

    private final int code;

    MigrationType(int code) {
        this.code = code;
    }

    /** The integer WMI stores. */
    public int code() {
        return code;
    }

    /** The constant for a WMI integer. */
    public static MigrationType ofCode(int code) {
        for (MigrationType value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, code + " is not a MigrationType code.");
    }

    /** Accepts the WMI integer or the constant's name, in any case. */
    public static MigrationType parse(String text) {
        String t = text == null ? "" : text.strip();
        for (MigrationType value : values()) {
            if (value.name().equalsIgnoreCase(t) || String.valueOf(value.code).equals(t)) {
                return value;
            }
        }
        throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "\"" + text + "\" is not a MigrationType" + "; expected one of " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT) + " or its code.");
    }
}
