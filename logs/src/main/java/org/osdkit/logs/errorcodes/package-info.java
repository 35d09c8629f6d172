/**
 * Decoding HRESULTs, Win32 errors and exit codes in any written form, with the offline table shipped as
 * {@code error-codes.tsv}.
 *
 * <p>The table is read by hand, line by line, not through jackson-dataformat-csv: it is osdkit's own
 * resource inside the jar, never user input, written tab-separated with no quoting by construction
 * (messages contain quotes, which a CSV reader would have to be told to leave alone), and its one check
 * is five fields a row, which a split makes. The CSV library would add a dependency to every library
 * user of the log parser for a fifteen-line loop over a file the tests load whole. Files admins hand
 * osdkit (association exports) and the {@code --output csv} tables do go through Jackson.
 */
package org.osdkit.logs.errorcodes;
