package org.osdkit.logs;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.osdkit.core.storage.Database;

/**
 * The logs module's Guice bindings. Private: implementations stay inside, only the API is exposed.
 * Needs core's bindings ({@code CoreModule}) in the same injector. Parsing, merging and tailing need
 * nothing injected and are used directly ({@link LogReader}, {@link Timeline}, {@link LogTail}).
 */
public final class LogsModule extends PrivateModule {

    @Override
    protected void configure() {
        bind(DiagnoseLogs.class);
        expose(DiagnoseLogs.class);
        expose(DiagnosisHistory.class);
        expose(ErrorCodes.class);
        expose(RulePack.class);
    }

    /** The history lives in the shared database; its tables are migrated on first use, not here. */
    @Provides
    @Singleton
    DiagnosisHistory history(Database database) {
        return DiagnosisHistory.in(database);
    }

    @Provides
    ErrorCodes errorCodes() {
        return ErrorCodes.builtIn();
    }

    /** The built-in rules; an admin's {@code --rules} files are added by the caller. */
    @Provides
    RulePack rules() {
        return RulePack.builtIn();
    }
}
