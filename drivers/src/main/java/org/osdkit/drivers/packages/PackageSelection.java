package org.osdkit.drivers.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.inf.InfKind;

/**
 * Decides which catalog drivers a model's package takes: the drivers of its categories and those
 * added by hash, minus exclusions, disabled and non-PnP drivers and drivers with no models for the
 * package's OS and architecture; warns about unsigned and boot-critical drivers.
 */
final class PackageSelection {

    /** Microsoft recommends fewer than 500 drivers per driver package. */
    static final int RECOMMENDED_MAX = 500;
    /** Setup classes of storage controllers and disks: a wrong one in a model package stops Windows booting. */
    private static final Set<String> STORAGE_CLASSES = Set.of("SCSIADAPTER", "HDC", "DISKDRIVE", "VOLUME", "SBP2", "FLOPPYDISK");

    record Result(List<DriverDetail> selected, List<String> skipped, List<String> warnings) {
    }

    private PackageSelection() {
    }

    static Result resolve(DriverCatalog catalog, OsTarget os, List<String> categories, List<String> explicit, List<String> exclusions) {
        Map<String, DriverDetail> candidates = new LinkedHashMap<>();
        for (String category : categories) {
            for (CatalogDriver driver : catalog.query(CatalogQuery.category(category))) {
                candidates.computeIfAbsent(driver.driverHash(), h -> catalog.find(h).orElseThrow());
            }
        }
        for (String hash : explicit) {
            DriverDetail detail = catalog.find(hash).orElseThrow(() -> new OsdkitException(DriverErrors.DRIVER_NOT_FOUND,
                    "No driver in the catalog has the hash " + hash + " (or the prefix is ambiguous).", "List drivers with 'osdkit drivers list'."));
            candidates.putIfAbsent(detail.driver().driverHash(), detail);
        }
        List<DriverDetail> selected = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DriverDetail d : candidates.values()) {
            CatalogDriver driver = d.driver();
            String label = driver.infName() + " (" + driver.shortHash() + ", " + driver.name() + ")";
            Optional<String> exclusion = exclusions.stream().filter(e -> excludes(e, d)).findFirst();
            if (exclusion.isPresent()) {
                skipped.add(label + ": excluded for this model by \"" + exclusion.get() + "\"");
            } else if (!driver.enabled()) {
                skipped.add(label + ": disabled in the catalog");
            } else if (driver.kind() != InfKind.PNP_DRIVER) {
                skipped.add(label + ": not a Plug and Play driver, so Windows never picks it from a driver package; package it as an application");
            } else if (!d.appliesTo(os)) {
                String offered = d.offeredPlatforms().isEmpty() ? "nothing" : String.join(", ", d.offeredPlatforms());
                skipped.add(label + ": architecture or OS mismatch, it has no models for " + os + " (it offers " + offered + ")");
            } else {
                selected.add(d);
                if (!driver.signed()) {
                    warnings.add(label + " is unsigned (no catalog file): Windows ranks it below any signed driver and may refuse it.");
                }
                if (driver.bootCritical() || (driver.className() != null && STORAGE_CLASSES.contains(driver.className().toUpperCase(Locale.ROOT)))) {
                    warnings.add(label + " is a storage or boot-critical driver (class " + driver.className()
                            + "): a wrong one stops Windows with INACCESSIBLE_BOOT_DEVICE; exclude it for this model if it is not needed.");
                }
            }
        }
        if (selected.size() >= RECOMMENDED_MAX) {
            warnings.add(selected.size() + " drivers selected; Microsoft recommends fewer than " + RECOMMENDED_MAX + " per driver package.");
        }
        return new Result(selected, skipped, warnings);
    }

    /** An exclusion names an INF file, a driver hash prefix, a hardware ID, or {@code class:<setup class>}. */
    static boolean excludes(String exclusion, DriverDetail d) {
        String e = exclusion.strip();
        if (e.regionMatches(true, 0, "class:", 0, 6)) {
            return d.driver().className() != null && d.driver().className().equalsIgnoreCase(e.substring(6).strip());
        }
        if (e.equalsIgnoreCase(d.driver().infName())) {
            return true;
        }
        if (e.length() >= 8 && d.driver().driverHash().startsWith(e.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return d.models().stream().anyMatch(m -> m.hardwareId().equalsIgnoreCase(e));
    }
}
