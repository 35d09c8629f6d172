package org.osdkit.sites.controlfile;

/**
 * A positional header field of a block: a line holding one {@code <value>}.
 *
 * @param line 1-based line number
 * @param text the value between the angle brackets
 */
public record ScfValue(int line, String text) {
}
