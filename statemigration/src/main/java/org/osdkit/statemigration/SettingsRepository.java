package org.osdkit.statemigration;

import java.util.List;
import java.util.Optional;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.internal.JdbcSettings;

/** Where osdkit keeps the SMPs' settings ({@code smp_settings}, {@code smp_storage_folders}). */
public interface SettingsRepository {

    /** Stores {@code settings}, replacing those of the same server. */
    void save(SmpSettings settings);

    Optional<SmpSettings> find(String server);

    List<SmpSettings> all();

    static SettingsRepository jdbc(Database database) {
        return new JdbcSettings(database);
    }
}
