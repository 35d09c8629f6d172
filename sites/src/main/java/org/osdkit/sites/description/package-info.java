/**
 * The safe change of a site's description in its site control file:
 * {@link org.osdkit.sites.description.ChangeSiteDescription} checks every precondition into a
 * {@link org.osdkit.sites.description.DescriptionChangePlan} (all a what-if run shows), then stops the
 * service, backs up, writes atomically, verifies and restarts, and records the change through the
 * {@link org.osdkit.sites.description.ChangeHistory} port so that
 * {@link org.osdkit.sites.description.RevertSiteDescription} can put it back. The file operations
 * (locating the file, the atomic replace, the byte check afterwards) are package-private here.
 */
package org.osdkit.sites.description;
