package org.osdkit.statemigration.settings;

import java.util.List;
import java.util.Optional;

/** Where osdkit keeps the SMPs' settings ({@code smp_settings}, {@code smp_storage_folders}). */
public interface SettingsRepository {

    /** Stores {@code settings}, replacing those of the same server. */
    void save(SmpSettings settings);

    Optional<SmpSettings> find(String server);

    List<SmpSettings> all();
}
