/**
 * The one progress port of osdkit: domain operations that can run for more than a few seconds
 * (distribution, package builds, SMP cleanup, log diagnosis) report through
 * {@link org.osdkit.core.progress.Progress}, and each front-end draws it its own way.
 */
package org.osdkit.core.progress;
