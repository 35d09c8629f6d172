package org.osdkit.statemigration.associations;

import java.util.Locale;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/** How far a computer association's migration has got ({@code MigrationStatus}). Codes as {@code SMS_StateMigration} stores them. */
public enum MigrationStatus {
    NOTSTARTED(0),
    INPROGRESS(1),
    COMPLETED(2);

    private final int code;

    MigrationStatus(int code) {
        this.code = code;
    }

    /** The integer WMI stores. */
    public int code() {
        return code;
    }

    /** The constant for a WMI integer. */
    public static MigrationStatus ofCode(int code) {
        for (MigrationStatus value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, code + " is not a MigrationStatus code.");
    }

    /** Accepts the WMI integer or the constant's name, in any case. */
    public static MigrationStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        for (MigrationStatus value : values()) {
            if (value.name().equalsIgnoreCase(t) || String.valueOf(value.code).equals(t)) {
                return value;
            }
        }
        throw new OsdkitException(SmpErrors.EXPORT_UNREADABLE, "\"" + text + "\" is not a MigrationStatus" + "; expected one of " + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT) + " or its code.");
    }
}
