package org.osdkit.sites.controlfile;

/**
 * One physical line of a site control file, kept exactly: its text (each byte one character,
 * ISO-8859-1) and the line ending that followed it ({@code "\r\n"}, {@code "\n"}, {@code "\r"} or
 * {@code ""} for a last line without one).
 *
 * @param number     1-based line number
 * @param text       the line without its ending
 * @param terminator the line ending as found
 */
public record ScfLine(int number, String text, String terminator) {
}
