/**
 * The words every part of the sites module shares: the kind of a site ({@link org.osdkit.sites.SiteType}),
 * the product generation it runs ({@link org.osdkit.sites.ConfigMgrVersion}) and the module's stable
 * error codes ({@link org.osdkit.sites.SiteErrors}). It depends on no other package of the module.
 *
 * <p>The features sit in sub-packages, each depending only on those listed before it:
 * {@code service} (stopping and starting SMS_EXECUTIVE), {@code controlfile} (the site control file),
 * {@code hierarchy} (sites, hierarchy rules, import), {@code description} (the safe description
 * change). {@code jdbc} stores the ports' data; {@code guice} wires everything for an injector.
 */
package org.osdkit.sites;
