/** {@code osdkit drivers} commands. */
package org.osdkit.cli.drivers;
