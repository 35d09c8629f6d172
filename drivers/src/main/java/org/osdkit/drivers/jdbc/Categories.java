package org.osdkit.drivers.jdbc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.osdkit.drivers.catalog.ImportRequest;

/** Administrative categories: created on first use, each in its own short transaction so imports never abort on a race. */
final class Categories {

    private final Jdbi jdbi;

    Categories(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static String key(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    /** The IDs of these categories by name, creating the ones that do not exist yet. */
    Map<String, Long> ensure(Collection<String> names) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String raw : names) {
            String name = ImportRequest.validCategory(raw);
            out.put(name, idOf(name));
        }
        return out;
    }

    private long idOf(String name) {
        for (int attempt = 1; ; attempt++) {
            Long existing = jdbi.withHandle(h -> h.createQuery("SELECT id FROM drivers_category WHERE name_key = :key")
                    .bind("key", key(name)).mapTo(Long.class).findOne().orElse(null));
            if (existing != null) {
                return existing;
            }
            try {
                return jdbi.withHandle(h -> h.createUpdate("INSERT INTO drivers_category (name, name_key) VALUES (:name, :key)")
                        .bind("name", name).bind("key", key(name)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            } catch (RuntimeException e) {
                if (!Sql.isUniqueViolation(e) || attempt >= 3) {
                    throw e;
                }
            }
        }
    }
}
