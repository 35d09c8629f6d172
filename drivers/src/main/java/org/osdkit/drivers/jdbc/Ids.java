package org.osdkit.drivers.jdbc;

import java.util.Locale;

/** Hardware IDs and names compare ignoring case: the upper-case form is what the indexes hold. */
final class Ids {

    private Ids() {
    }

    static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }
}
