/**
 * The sites module's Guice module, {@link org.osdkit.sites.guice.SitesModule}. Guice is optional: a
 * library user who builds the use cases with their constructors and {@code SitesStorage} never needs it.
 */
package org.osdkit.sites.guice;
