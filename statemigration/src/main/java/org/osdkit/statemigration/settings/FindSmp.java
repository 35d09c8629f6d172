package org.osdkit.statemigration.settings;

import java.util.List;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

/** Finds the SMP a command is about: the one named, or the only one configured. */
public final class FindSmp {

    private final SettingsRepository settings;

    public FindSmp(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The SMP named {@code server}, or the only configured one when {@code server} is {@code null}. */
    public SmpSettings find(String server) {
        if (server != null) {
            return settings.find(server).orElseThrow(() -> new OsdkitException(SmpErrors.NOT_CONFIGURED,
                    "No State Migration Point named " + server + " is configured in osdkit.",
                    "Configure it with 'osdkit smp settings set' or 'osdkit smp settings import'."));
        }
        List<SmpSettings> all = settings.all();
        if (all.isEmpty()) {
            throw new OsdkitException(SmpErrors.NOT_CONFIGURED, "No State Migration Point is configured in osdkit yet.",
                    "Configure one with 'osdkit smp settings set --server <name> --folder \"Directory=...;MaxClients=...;MinDiskSpace=...;MinDiskSpaceUnit=...;\" ...'.");
        }
        if (all.size() > 1) {
            throw new OsdkitException(SmpErrors.SMP_AMBIGUOUS, all.size() + " State Migration Points are configured: "
                    + String.join(", ", all.stream().map(SmpSettings::server).toList()) + ".", "Say which one with --smp <server>.");
        }
        return all.get(0);
    }
}
