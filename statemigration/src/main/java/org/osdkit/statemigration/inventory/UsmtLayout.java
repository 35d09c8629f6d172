package org.osdkit.statemigration.inventory;

/** Which USMT store files a store folder holds (USMT's conventions; the folder's own name is opaque). */
public enum UsmtLayout {
    /** Compressed USMT 4+ store: {@code USMT\USMT.MIG}. */
    USMT_MIG,
    /** Compressed USMT 3 store: {@code USMT3\USMT3.MIG}. */
    USMT3_MIG,
    /** Uncompressed store ({@code /nocompress}): {@code catalog.mig} / {@code MIGSTATE.DAT} and a file tree. */
    UNCOMPRESSED,
    /** No USMT file found: an empty, partial or foreign folder. */
    NONE
}
