package org.osdkit.drivers.packages;

import java.util.List;
import org.osdkit.drivers.catalog.ImportRequest;

/**
 * Changes to a driver package's selection; an empty change refreshes the package from its categories
 * (drivers imported since are added, drivers no longer selected removed).
 *
 * @param addCategories     categories to add
 * @param removeCategories  categories to remove
 * @param addDrivers        driver hashes to add
 * @param removeDrivers     driver hashes to stop adding explicitly
 * @param addExclusions     exclusions to add
 * @param removeExclusions  exclusions to lift
 * @param whatIf            plan only
 * @param keepSuperseded    keep every version of a driver ({@code true}) or only the newest ({@code false}); {@code null} leaves it as it is
 */
public record PackageChange(List<String> addCategories, List<String> removeCategories, List<String> addDrivers, List<String> removeDrivers,
                            List<String> addExclusions, List<String> removeExclusions, boolean whatIf, Boolean keepSuperseded) {

    /** A change that leaves the package's handling of superseded drivers as it is. */
    public PackageChange(List<String> addCategories, List<String> removeCategories, List<String> addDrivers, List<String> removeDrivers,
                         List<String> addExclusions, List<String> removeExclusions, boolean whatIf) {
        this(addCategories, removeCategories, addDrivers, removeDrivers, addExclusions, removeExclusions, whatIf, null);
    }

    public PackageChange {
        addCategories = addCategories.stream().map(ImportRequest::validCategory).toList();
        removeCategories = List.copyOf(removeCategories);
        addDrivers = List.copyOf(addDrivers);
        removeDrivers = List.copyOf(removeDrivers);
        addExclusions = addExclusions.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        removeExclusions = List.copyOf(removeExclusions);
    }

    public static PackageChange refresh() {
        return new PackageChange(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }
}
