/** Site hierarchy, the site control file, and the safe change of a site description. This package is the module's API; implementations live in {@code internal}. */
package org.osdkit.sites;
