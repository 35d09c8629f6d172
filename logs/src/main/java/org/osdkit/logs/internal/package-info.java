/** Implementations of the logs API; never exported. */
package org.osdkit.logs.internal;
