package org.osdkit.core;

import java.nio.file.Path;
import java.util.Objects;
import org.osdkit.core.logging.CmTraceLogFile;

/**
 * What a composition root decides before anything runs: the workspace folder, the database URL (or
 * none, for the workspace's embedded H2), who is acting, and the size of osdkit's own log.
 *
 * @param workspace      workspace folder
 * @param databaseUrl    a JDBC URL, or {@code null} for the embedded database
 * @param actor          who acts: recorded in audit entries, journals and locks ({@code null}: {@link Actor#current()})
 * @param logMaxBytes    roll osdkit's own log over at this size
 * @param logMaxHistory  history files to keep (1 = one {@code .lo_})
 */
public record CoreSettings(Path workspace, String databaseUrl, Actor actor, long logMaxBytes, int logMaxHistory) {

    public CoreSettings {
        Objects.requireNonNull(workspace, "workspace");
        actor = actor == null ? Actor.current() : actor;
        databaseUrl = databaseUrl == null || databaseUrl.isBlank() ? null : databaseUrl.strip();
    }

    /** The settings of this process's actor ({@link Actor#current()}) with osdkit's default log size. */
    public static CoreSettings of(Path workspace, String databaseUrl) {
        return new CoreSettings(workspace, databaseUrl, Actor.current(), CmTraceLogFile.DEFAULT_MAX_BYTES, 1);
    }

    /** The same settings with another actor, e.g. one a configuration names ({@link Actor#named(String)}). */
    public CoreSettings withActor(Actor other) {
        return new CoreSettings(workspace, databaseUrl, other, logMaxBytes, logMaxHistory);
    }
}
