package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.whatif.PlannedOperation;

/**
 * What to import: a source folder (a model's {@code _OriginalSources_} folder or a whole vendor
 * pack), the categories to give its drivers, and what to do with drivers already in the catalog.
 *
 * @param source     folder to import from
 * @param categories administrative categories, e.g. the model's folder name {@code R61-8935CTO}
 * @param duplicates what to do with drivers the catalog has already
 * @param whatIf     report what would be imported and change nothing
 * @param rehash     hash every file again instead of trusting unchanged size and time
 */
public record ImportRequest(Path source, List<String> categories, DuplicateOption duplicates, boolean whatIf, boolean rehash) {

    /** ConfigMgr's limit is not documented; 200 characters covers every naming scheme seen. */
    public static final int MAX_CATEGORY = 200;

    public ImportRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(duplicates, "duplicates");
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> kept = new LinkedHashSet<>();
        for (String c : categories) {
            String name = validCategory(c);
            if (seen.add(name)) {
                kept.add(name);
            }
        }
        categories = List.copyOf(kept);
    }

    public static ImportRequest of(Path source, List<String> categories) {
        return new ImportRequest(source, categories, DuplicateOption.APPEND_CATEGORIES, false, false);
    }

    /** A category is a non-blank name without control characters, at most {@value #MAX_CATEGORY} characters. */
    public static String validCategory(String name) {
        if (name == null || name.isBlank()) {
            throw new OsdkitException(DriverErrors.CATEGORY_INVALID, "A category name is required.");
        }
        String n = name.strip();
        if (n.length() > MAX_CATEGORY || n.chars().anyMatch(Character::isISOControl)) {
            throw new OsdkitException(DriverErrors.CATEGORY_INVALID,
                    "The category \"" + n + "\" is not usable: at most " + MAX_CATEGORY + " characters and no control characters.");
        }
        return n;
    }

    /** The one operation this import performs, for a front-end's confirmation question (the per-driver plan comes with the report). */
    public PlannedOperation operation() {
        return new PlannedOperation("Import drivers", source.toString(), categories.isEmpty() ? "" : "categories " + String.join(", ", categories));
    }
}
