/** {@code osdkit sites} commands. */
package org.osdkit.cli.sites;
