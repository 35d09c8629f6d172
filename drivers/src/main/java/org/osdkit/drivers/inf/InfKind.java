package org.osdkit.drivers.inf;

/** What an INF file is, as a driver source scan must tell them apart. */
public enum InfKind {
    /** A Plug and Play driver: [Manufacturer] and models sections with hardware IDs. */
    PNP_DRIVER,
    /** A driver INF without [Manufacturer]: minifilters, network protocols and services, primitive INFs. */
    NON_PNP_DRIVER,
    /** A stampinf template ({@code .inx} or unexpanded {@code $ARCH$}-style placeholders): built into an INF, never installed. */
    TEMPLATE,
    /** Not a driver INF at all: no [Version] section or signature ({@code autorun.inf}), or not text. */
    NOT_AN_INF;

    public boolean isDriver() {
        return this == PNP_DRIVER || this == NON_PNP_DRIVER;
    }
}
