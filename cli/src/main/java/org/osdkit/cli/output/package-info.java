/** Output of the CLI: tables, CSV and JSON through the command's own writers. */
package org.osdkit.cli.output;
