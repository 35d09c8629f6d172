/**
 * Text decoding for the files admins hand osdkit (INFs, logs, exports, device lists): the encoding is
 * told from a byte-order mark, from NUL bytes in every other position (UTF-16 without a mark), from the
 * bytes being ASCII or valid UTF-8, and otherwise a fallback code page the caller picks. Hand-written
 * because the JDK has no detector and the rules (order, the UTF-16 line-ending repair) are the domain's.
 */
package org.osdkit.core.text;
