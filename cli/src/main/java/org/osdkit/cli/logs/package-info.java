/** {@code osdkit logs} commands. */
package org.osdkit.cli.logs;
