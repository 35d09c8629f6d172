package org.osdkit.statemigration.health;

import java.util.List;
import org.osdkit.statemigration.settings.SettingsRepository;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * The last health check of every configured SMP, as {@code osdkit smp health} stored it, with its time:
 * what the dashboard shows. Reads the database only; it writes nothing and touches no storage folder.
 * An SMP never checked shows {@link HealthStatus#NOT_CHECKED}.
 */
public final class ShowHealth {

    private final SettingsRepository settings;
    private final HealthRecords records;

    public ShowHealth(SettingsRepository settings, HealthRecords records) {
        this.settings = settings;
        this.records = records;
    }

    public List<SmpHealth> all() {
        return settings.all().stream().map(s -> records.last(s.server()).orElseGet(() -> notChecked(s))).toList();
    }

    private static SmpHealth notChecked(SmpSettings s) {
        // Never checked: whether a cleanup runs is not known either (null), as nothing was looked at.
        return new SmpHealth(s.server(), null, HealthStatus.NOT_CHECKED, s.restoreOnly(), List.of(), 0, 0, 0, null, 0, 0, null, 0, 0, null,
                null, null, List.of("Not checked yet: run 'osdkit smp health' (the dashboard never probes the storage folders itself)."), List.of());
    }
}
