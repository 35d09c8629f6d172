/** Implementations of the drivers API; never exported. */
package org.osdkit.drivers.internal;
