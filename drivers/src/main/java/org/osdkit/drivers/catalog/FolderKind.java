package org.osdkit.drivers.catalog;

/** What a folder of driver sources holds, in the seed's terms: "nice" INF drivers or "bad" setup-based ones. */
public enum FolderKind {
    /** At least one driver INF: imported into the catalog and packaged per model. */
    INF_DRIVER,
    /** setup.exe, an MSI or an install script and no usable INF: package it as an application instead. */
    HARDWARE_APPLICATION,
    /** Only stampinf templates ({@code .inx} or unexpanded placeholders): build them first. */
    TEMPLATE,
    /** INF files that are not drivers ({@code autorun.inf}) or cannot be read. */
    NOT_A_DRIVER
}
