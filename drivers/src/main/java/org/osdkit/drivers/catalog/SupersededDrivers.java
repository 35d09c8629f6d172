package org.osdkit.drivers.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which drivers a newer version of the same driver replaces: same provider, same INF file name and the
 * same hardware IDs, and a newer DriverVer (date, then version, as Windows ranks them). A vendor's
 * next release of a driver is exactly that; two drivers with equal DriverVer are both kept, and a
 * driver whose models list no hardware ID has no family.
 */
public final class SupersededDrivers {

    private SupersededDrivers() {
    }

    /**
     * The superseded drivers among {@code drivers}: each superseded driver's hash with the newest driver
     * of its family, in the order given.
     */
    public static Map<String, CatalogDriver> among(Collection<DriverDetail> drivers) {
        Map<String, DriverDetail> newest = new LinkedHashMap<>();
        for (DriverDetail d : drivers) {
            family(d).ifPresent(f -> newest.merge(f, d, (a, b) -> b.driver().driverVer().compareTo(a.driver().driverVer()) < 0 ? b : a));
        }
        Map<String, CatalogDriver> out = new LinkedHashMap<>();
        for (DriverDetail d : drivers) {
            Optional<String> f = family(d);
            if (f.isEmpty()) {
                continue;
            }
            CatalogDriver top = newest.get(f.get()).driver();
            // compareTo orders newest first: negative means top is strictly newer.
            if (top.driverVer().compareTo(d.driver().driverVer()) < 0) {
                out.put(d.driver().driverHash(), top);
            }
        }
        return out;
    }

    /** Provider, INF name and the sorted hardware IDs, ignoring case; empty when the driver lists no hardware ID. */
    static Optional<String> family(DriverDetail d) {
        TreeSet<String> ids = d.models().stream().map(CatalogModel::hardwareId).filter(id -> id != null && !id.isBlank())
                .map(id -> id.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String provider = d.driver().provider() == null ? "" : d.driver().provider().strip().toUpperCase(Locale.ROOT);
        return Optional.of(String.join("\n", List.of(provider, d.driver().infName().toUpperCase(Locale.ROOT), String.join("\t", ids))));
    }
}
