package org.osdkit.web;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.osdkit.statemigration.health.CheckHealth;
import org.osdkit.statemigration.health.SmpHealth;
import org.osdkit.statemigration.settings.SettingsRepository;

/** State Migration Point health, the same document as {@code osdkit smp health --output json}. */
final class SmpResource {

    /** As {@code osdkit smp health}: a capture never restored for 30 days is stuck. */
    private static final Duration STUCK_AFTER = Duration.ofDays(30);

    private final SettingsRepository settings;
    private final CheckHealth health;

    @Inject
    SmpResource(SettingsRepository settings, CheckHealth health) {
        this.settings = settings;
        this.health = health;
    }

    /** {@code GET /api/v1/smp/health}: one document per configured SMP. */
    void health(Context ctx) {
        List<SmpHealth> all = settings.all().stream().map(s -> health.check(s, STUCK_AFTER)).toList();
        ctx.json(all);
    }
}
