package org.osdkit.core;

import java.util.Optional;

/**
 * A hardware model as admins name driver packages: manufacturer, model and, when the vendor has one,
 * the SKU or system ID that tells variants apart (Lenovo's machine type {@code 8935CTO}, Dell's system
 * SKU, HP's baseboard product).
 *
 * @param manufacturer e.g. {@code Lenovo}
 * @param model        e.g. {@code R61}
 * @param sku          e.g. {@code 8935CTO}, or {@code null} when the model needs no qualifier
 */
public record HardwareModel(String manufacturer, String model, String sku) {

    /** ConfigMgr's own limit for driver manufacturer and model fields. */
    public static final int MAX_LENGTH = 100;

    public HardwareModel {
        manufacturer = required("manufacturer", manufacturer);
        model = required("model", model);
        sku = sku == null || sku.isBlank() ? null : required("SKU", sku);
    }

    public static HardwareModel of(String manufacturer, String model) {
        return new HardwareModel(manufacturer, model, null);
    }

    public Optional<String> skuValue() {
        return Optional.ofNullable(sku);
    }

    /** The name admins read, e.g. {@code Lenovo R61 8935CTO}. */
    public String displayName() {
        return manufacturer + " " + model + (sku == null ? "" : " " + sku);
    }

    /**
     * The per-model folder name of the admins' convention, model and SKU joined by a dash
     * ({@code R61-8935CTO}); characters Windows forbids in file names become dashes.
     */
    public String folderName() {
        String name = sku == null ? model : model + "-" + sku;
        // Windows also drops trailing dots, so a folder "R61." would silently become "R61".
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new OsdkitException(CoreErrors.INVALID_HARDWARE_MODEL, "The hardware model's " + field + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new OsdkitException(CoreErrors.INVALID_HARDWARE_MODEL,
                    "The hardware model's " + field + " is " + stripped.length() + " characters long; ConfigMgr allows at most " + MAX_LENGTH + ".");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new OsdkitException(CoreErrors.INVALID_HARDWARE_MODEL, "The hardware model's " + field + " contains a control character.");
        }
        return stripped;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
