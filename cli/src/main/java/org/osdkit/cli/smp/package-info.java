/** {@code osdkit smp} commands. */
package org.osdkit.cli.smp;
