package org.osdkit.drivers.catalog;

import java.util.Locale;

/**
 * What an import does with a driver the catalog already has (ConfigMgr's
 * {@code -ImportDuplicateDriverOption}): skip it, add the new categories, or replace its categories.
 */
public enum DuplicateOption {
    /** ConfigMgr's NotImport / KeepExistingCategory: the catalog entry stays as it is. */
    SKIP("skip"),
    /** ConfigMgr's AppendCategory. */
    APPEND_CATEGORIES("append-categories"),
    /** ConfigMgr's OverwriteCategory. */
    REPLACE_CATEGORIES("replace-categories");

    private final String label;

    DuplicateOption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the labels ({@code append-categories}) and the enum names, in any case. */
    public static DuplicateOption parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (DuplicateOption o : values()) {
            if (o.label.equals(t)) {
                return o;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a duplicate option; use skip, append-categories or replace-categories");
    }

    @Override
    public String toString() {
        return label;
    }
}
