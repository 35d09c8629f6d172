package org.osdkit.sites.controlfile;

import java.util.List;

/**
 * A single-line keyword record other than {@code PROPERTY}: {@code SITE_KEY_FLAGS <1>},
 * {@code TARGET_PLATFORM <ALL>}, {@code ADDRESS <...>...}, {@code OUTBOX}, inside a block or (in older
 * files) at the top level.
 *
 * @param line    1-based line number
 * @param keyword the keyword as written
 * @param fields  the bracketed (or {@code #NNN(...)}) fields in order
 */
public record ScfRecord(int line, String keyword, List<String> fields) {

    public ScfRecord {
        fields = List.copyOf(fields);
    }
}
