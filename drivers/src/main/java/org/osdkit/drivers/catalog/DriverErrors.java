package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import org.osdkit.core.ErrorCode;
import org.osdkit.core.ErrorKind;
import org.osdkit.core.OsdkitException;

/** The drivers module's stable error codes; the README lists what each means and what to do. */
public final class DriverErrors {

    public static final ErrorCode SOURCE_NOT_FOUND = ErrorCode.of("DRV-SOURCE-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode SOURCE_UNREADABLE = ErrorCode.of("DRV-SOURCE-UNREADABLE", ErrorKind.UNAVAILABLE);
    public static final ErrorCode SOURCE_CHANGED = ErrorCode.of("DRV-SOURCE-CHANGED", ErrorKind.CONFLICT);
    public static final ErrorCode SHARE_NOT_FOUND = ErrorCode.of("DRV-SHARE-NOT-FOUND", ErrorKind.UNAVAILABLE);
    public static final ErrorCode DRIVER_NOT_FOUND = ErrorCode.of("DRV-DRIVER-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode CATEGORY_INVALID = ErrorCode.of("DRV-CATEGORY-INVALID", ErrorKind.INVALID_INPUT);
    public static final ErrorCode PACKAGE_NOT_FOUND = ErrorCode.of("DRV-PACKAGE-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode PACKAGE_FOLDER_NOT_EMPTY = ErrorCode.of("DRV-PACKAGE-FOLDER-NOT-EMPTY", ErrorKind.CONFLICT);
    public static final ErrorCode PACKAGE_FOLDER_OWNED = ErrorCode.of("DRV-PACKAGE-FOLDER-OWNED", ErrorKind.CONFLICT);
    public static final ErrorCode PACKAGE_IDS_EXHAUSTED = ErrorCode.of("DRV-PACKAGE-IDS-EXHAUSTED", ErrorKind.FAILED);
    public static final ErrorCode CATEGORY_NOT_FOUND = ErrorCode.of("DRV-CATEGORY-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode PACKAGE_EMPTY = ErrorCode.of("DRV-PACKAGE-EMPTY", ErrorKind.REFUSED);
    public static final ErrorCode DRIVER_IN_USE = ErrorCode.of("DRV-DRIVER-IN-USE", ErrorKind.CONFLICT);
    public static final ErrorCode PACKAGE_INVALID = ErrorCode.of("DRV-PACKAGE-INVALID", ErrorKind.INVALID_INPUT);
    public static final ErrorCode CONTENT_COPY_FAILED = ErrorCode.of("DRV-CONTENT-COPY-FAILED", ErrorKind.FAILED);
    public static final ErrorCode PATH_OUTSIDE_ROOT = ErrorCode.of("DRV-PATH-OUTSIDE-ROOT", ErrorKind.REFUSED);
    public static final ErrorCode PXE_SHARE_REFUSED = ErrorCode.of("DRV-PXE-SHARE-REFUSED", ErrorKind.REFUSED);
    public static final ErrorCode DP_NOT_FOUND = ErrorCode.of("DRV-DP-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode DP_EXISTS = ErrorCode.of("DRV-DP-EXISTS", ErrorKind.CONFLICT);
    public static final ErrorCode DP_INVALID = ErrorCode.of("DRV-DP-INVALID", ErrorKind.INVALID_INPUT);
    public static final ErrorCode DP_GROUP_NOT_FOUND = ErrorCode.of("DRV-DP-GROUP-NOT-FOUND", ErrorKind.NOT_FOUND);
    public static final ErrorCode DISTRIBUTION_FAILED = ErrorCode.of("DRV-DISTRIBUTION-FAILED", ErrorKind.FAILED);
    public static final ErrorCode DEVICE_LIST_INVALID = ErrorCode.of("DRV-DEVICE-LIST-INVALID", ErrorKind.INVALID_INPUT);

    private DriverErrors() {
    }

    /**
     * {@code DRV-PATH-OUTSIDE-ROOT} for a stored or given relative path (a manifest entry, a package ID)
     * that would leave its root folder, e.g. {@code ..\..\Windows}: the packages and distribution use
     * cases refuse such a path before writing anything.
     */
    public static OsdkitException outsideRoot(Path root, String relative) {
        return new OsdkitException(PATH_OUTSIDE_ROOT, "The path " + relative + " leaves " + root + "; refused.");
    }
}
