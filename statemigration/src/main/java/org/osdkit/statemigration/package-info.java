/**
 * State Migration Point inventory, capacity and retention cleanup: the API is split by feature into
 * {@code settings}, {@code associations}, {@code inventory}, {@code capacity}, {@code cleanup} and
 * {@code health}; {@code jdbc} stores it and {@code guice} wires it. This package holds the error
 * codes every feature shares; the module's database scripts sit in its {@code db} folder.
 */
package org.osdkit.statemigration;
