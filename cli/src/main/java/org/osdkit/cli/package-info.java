/**
 * The {@code osdkit} command line: the root command, global options, exit codes and error reporting.
 * Each command group lives in its own sub-package and only translates arguments into domain calls.
 */
package org.osdkit.cli;
