package org.osdkit.drivers.catalog;

import org.osdkit.core.OsdkitException;

/** Enables or disables a catalog driver: only enabled drivers go into packages and are offered by matching. */
public final class SetDriverEnabled {

    private final DriverCatalog catalog;
    private final AuditTrail audit;

    public SetDriverEnabled(DriverCatalog catalog, AuditTrail audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    public CatalogDriver set(String hashOrPrefix, boolean enabled) {
        CatalogDriver driver = catalog.find(hashOrPrefix).map(DriverDetail::driver).orElseThrow(() -> new OsdkitException(DriverErrors.DRIVER_NOT_FOUND,
                "No catalog driver has the hash " + hashOrPrefix + " (or the prefix matches several).", "Give more hex digits; list drivers with 'osdkit drivers list'."));
        catalog.setEnabled(driver.driverHash(), enabled);
        audit.record(enabled ? "drivers.driver.enable" : "drivers.driver.disable", driver.driverHash(), "enabled=" + driver.enabled(), "enabled=" + enabled, "ok");
        return catalog.find(driver.driverHash()).orElseThrow().driver();
    }
}
