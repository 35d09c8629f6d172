/**
 * The safe change of a site's description in its site control file:
 * {@link org.osdkit.sites.description.ChangeSiteDescription} checks every precondition into a
 * {@link org.osdkit.sites.description.DescriptionChangePlan} (all a what-if run shows), records the
 * attempt as pending, then stops the service, backs up, writes atomically, verifies and restarts,
 * moving the {@link org.osdkit.sites.description.ChangeAttempt} on through the
 * {@link org.osdkit.sites.description.ChangeHistory} port at every step, so that
 * {@link org.osdkit.sites.description.RecoverDescriptionChanges} can finish or roll back what a killed
 * run left and {@link org.osdkit.sites.description.RevertSiteDescription} can put a change back. The file
 * operations (locating the file, the atomic replace, the byte check afterwards), the start back-off and
 * the check whether an attempt's process still runs are package-private here.
 */
package org.osdkit.sites.description;
