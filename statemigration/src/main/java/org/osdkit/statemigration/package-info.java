/** State Migration Point inventory, capacity and retention cleanup. This package is the module's API; implementations live in {@code internal}. */
package org.osdkit.statemigration;
