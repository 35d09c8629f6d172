/**
 * Hardware-ID matching: a machine's devices (from {@code pnputil} or JSON) against catalog drivers,
 * ranked the way Windows ranks them ({@code 0xSSGGTHHH}: signature, feature and identifier score),
 * against the catalog or an in-memory {@code HardwareIdIndex}.
 */
package org.osdkit.drivers.matching;
