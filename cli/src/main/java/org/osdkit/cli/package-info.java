/**
 * The {@code osdkit} command line: the entry point, the root command with the global options and the
 * command groups, and error reporting. Each command group lives in its own sub-package and only
 * translates arguments into domain calls; what they all build on is in {@code org.osdkit.cli.command}.
 */
package org.osdkit.cli;
