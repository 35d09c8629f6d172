/** Implementations of the sites API; never exported. */
package org.osdkit.sites.internal;
