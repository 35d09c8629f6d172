package org.osdkit.core.text;

/** What decided a text's encoding, in the order the checks are made. */
public enum EncodingEvidence {
    /** A byte-order mark: {@code EF BB BF} UTF-8, {@code FF FE} UTF-16LE, {@code FE FF} UTF-16BE. */
    BYTE_ORDER_MARK,
    /** No mark, but a NUL in every odd (UTF-16LE) or every even (UTF-16BE) position of the first bytes. */
    NUL_PATTERN,
    /** Only 7-bit bytes: the same text in every encoding osdkit reads; decoded as UTF-8. */
    ASCII,
    /** No mark, and the bytes are valid UTF-8. */
    VALID_UTF8,
    /** None of the above: the caller's fallback code page (Windows-1252 for INFs and logs). */
    FALLBACK
}
