/** Driver packages per hardware model: INF parsing, driver catalog, packages, distribution points, hardware-ID matching. This package is the module's API; implementations live in {@code internal}. */
package org.osdkit.drivers;
