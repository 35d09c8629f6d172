package org.osdkit.drivers.catalog;

/** What happened to one INF during an import. */
public enum ImportOutcome {
    /** New to the catalog: stored with its content list, models and categories. */
    IMPORTED,
    /** Already in the catalog and nothing to change (or duplicates are skipped). */
    UNCHANGED,
    /** Already in the catalog; the new categories were added. */
    CATEGORIES_APPENDED,
    /** Already in the catalog; its categories were replaced. */
    CATEGORIES_REPLACED,
    /** Not importable: a template, not a driver, or broken (the reason says which). */
    REFUSED,
    /** Not a driver INF and nothing wrong with it: an autorun.inf of a CD or application folder. */
    IGNORED,
    /** Reading, hashing or storing it failed; nothing of it was stored. */
    FAILED
}
