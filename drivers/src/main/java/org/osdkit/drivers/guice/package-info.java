/**
 * {@code DriversModule}, the module's Guice bindings for applications wired by Guice (the CLI and
 * the dashboard). Guice is optional: nothing outside this package needs it.
 */
package org.osdkit.drivers.guice;
