package org.osdkit.drivers.packages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.CatalogDriver;
import org.osdkit.drivers.catalog.CatalogQuery;
import org.osdkit.drivers.catalog.DriverCatalog;
import org.osdkit.drivers.catalog.DriverDetail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.SupersededDrivers;
import org.osdkit.drivers.inf.InfKind;

/**
 * Decides which catalog drivers a model's package takes: the drivers of its categories and those
 * added by hash, minus exclusions, disabled and non-PnP drivers, drivers with no models for the
 * package's OS and architecture and (unless kept) drivers a newer version of the same driver
 * supersedes; warns about unsigned and boot-critical drivers.
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
        return resolve(catalog, os, categories, explicit, exclusions, false, Set.of());
    }

    /**
     * The selection; {@code keepSuperseded} keeps older versions a newer one of the same driver replaces,
     * and {@code without} names driver hashes left out as if they were no longer in the catalog (a driver
     * being removed from it).
     */
    static Result resolve(DriverCatalog catalog, OsTarget os, List<String> categories, List<String> explicit, List<String> exclusions,
                          boolean keepSuperseded, Set<String> without) {
        Map<String, DriverDetail> candidates = new LinkedHashMap<>();
        for (String category : categories) {
            for (CatalogDriver driver : catalog.query(CatalogQuery.category(category))) {
                if (!without.contains(driver.driverHash())) {
                    candidates.computeIfAbsent(driver.driverHash(), h -> catalog.find(h).orElseThrow());
                }
            }
        }
        for (String hash : explicit) {
            DriverDetail detail = catalog.find(hash).orElseThrow(() -> new OsdkitException(DriverErrors.DRIVER_NOT_FOUND,
                    "No driver in the catalog has the hash " + hash + " (or the prefix is ambiguous).", "List drivers with 'osdkit drivers list'."));
            if (!without.contains(detail.driver().driverHash())) {
                candidates.putIfAbsent(detail.driver().driverHash(), detail);
            }
        }
        List<DriverDetail> eligible = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DriverDetail d : candidates.values()) {
            CatalogDriver driver = d.driver();
            String label = label(driver);
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
                eligible.add(d);
            }
        }
        // Among the drivers that would go in: a newer version of the same driver replaces the older ones.
        Map<String, CatalogDriver> superseded = keepSuperseded ? Map.of() : SupersededDrivers.among(eligible);
        List<DriverDetail> selected = new ArrayList<>();
        for (DriverDetail d : eligible) {
            CatalogDriver driver = d.driver();
            String label = label(driver);
            CatalogDriver newer = superseded.get(driver.driverHash());
            if (newer != null) {
                skipped.add(label + ": superseded by " + newer.shortHash() + " (DriverVer " + newer.driverVer() + ", this one " + driver.driverVer()
                        + "); --keep-superseded keeps both");
                continue;
            }
            selected.add(d);
            if (!driver.signed()) {
                warnings.add(label + " is unsigned (no catalog file): Windows ranks it below any signed driver and may refuse it.");
            }
            if (driver.bootCritical() || (driver.className() != null && STORAGE_CLASSES.contains(driver.className().toUpperCase(Locale.ROOT)))) {
                warnings.add(label + " is a storage or boot-critical driver (class " + driver.className()
                        + "): a wrong one stops Windows with INACCESSIBLE_BOOT_DEVICE; exclude it for this model if it is not needed.");
            }
        }
        if (selected.size() >= RECOMMENDED_MAX) {
            warnings.add(selected.size() + " drivers selected; Microsoft recommends fewer than " + RECOMMENDED_MAX + " per driver package.");
        }
        return new Result(selected, skipped, warnings);
    }

    private static String label(CatalogDriver driver) {
        return driver.infName() + " (" + driver.shortHash() + ", " + driver.name() + ")";
    }

    /**
     * Refuses categories the catalog does not have, saying which it has and how many drivers each holds;
     * what {@code --allow-empty} lets through.
     */
    static void requireCategories(DriverCatalog catalog, List<String> categories) {
        List<String> known = catalog.categories();
        List<String> missing = categories.stream().filter(c -> known.stream().noneMatch(c::equalsIgnoreCase)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String held = known.isEmpty() ? "The catalog has no categories yet."
                : "The catalog's categories: " + String.join("; ", known.stream().map(c -> holds(catalog, c)).toList()) + ".";
        throw new OsdkitException(DriverErrors.CATEGORY_NOT_FOUND, "No catalog category is named " + String.join(", ", missing) + ". " + held,
                "Import the model's sources with 'osdkit drivers import <folder> --category <name>' first, or give --allow-empty to create the"
                        + " package now and add drivers later.");
    }

    /**
     * Refuses a selection without a driver, saying what the categories hold and why each driver was left out;
     * what {@code --allow-empty} lets through.
     */
    static void requireDrivers(DriverCatalog catalog, OsTarget os, List<String> categories, Result result) {
        if (!result.selected().isEmpty()) {
            return;
        }
        StringBuilder why = new StringBuilder("The package would hold no driver for " + os + ".");
        if (!categories.isEmpty()) {
            why.append(" ").append(String.join("; ", categories.stream().map(c -> holds(catalog, c)).toList())).append(".");
        }
        result.skipped().stream().limit(10).forEach(s -> why.append(" ").append(s).append("."));
        if (result.skipped().size() > 10) {
            why.append(" (").append(result.skipped().size() - 10).append(" more left out.)");
        }
        throw new OsdkitException(DriverErrors.PACKAGE_EMPTY, why.toString(),
                "Choose the category of this model's drivers for " + os + " (list them with 'osdkit drivers list --os <os> --arch <arch>'), or give"
                        + " --allow-empty to create the package now and add drivers later.");
    }

    /** {@code R61-8935CTO holds 3 drivers (NTx86: 2, NTamd64: 1)}. */
    private static String holds(DriverCatalog catalog, String category) {
        List<CatalogDriver> drivers = catalog.query(CatalogQuery.category(category));
        Map<String, Integer> platforms = new TreeMap<>();
        for (CatalogDriver d : drivers) {
            catalog.find(d.driverHash()).ifPresent(detail -> (detail.offeredPlatforms().isEmpty() ? List.of("no models") : detail.offeredPlatforms())
                    .forEach(p -> platforms.merge(p, 1, Integer::sum)));
        }
        String per = platforms.isEmpty() ? "" : " (" + String.join(", ", platforms.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()) + ")";
        return category + " holds " + drivers.size() + (drivers.size() == 1 ? " driver" : " drivers") + per;
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
