/**
 * The driver catalog: scanning driver source trees, importing their INF drivers with their identity
 * (hash of the INF and its file closure), and querying, categorising and enabling what was imported.
 * Holds the ports {@code DriverCatalog} and {@code ImportCache} and the module's shared vocabulary
 * ({@code DriverErrors}, {@code AuditTrail}); the other feature packages build on it, never the reverse.
 */
package org.osdkit.drivers.catalog;
