package org.osdkit.logs.guice;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.osdkit.core.storage.Database;
import org.osdkit.logs.diagnosis.DiagnoseLogs;
import org.osdkit.logs.diagnosis.DiagnosisHistory;
import org.osdkit.logs.diagnosis.RulePack;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.jdbc.LogsStorage;
import org.osdkit.logs.merge.Timeline;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.tail.LogTail;
import org.osdkit.logs.timeline.KeepTimeline;
import org.osdkit.logs.timeline.TimelineStore;

/**
 * The logs module's Guice bindings, built from the API's plain constructors and factories. Private:
 * only the API types are exposed. Needs core's bindings ({@code CoreModule}: the database and the
 * clock) in the same injector. Reading, merging and tailing need nothing injected and are used
 * directly ({@code LogReader}, {@code Timeline}, {@code LogTail}).
 */
public final class LogsModule extends PrivateModule {

    @Override
    protected void configure() {
        expose(DiagnoseLogs.class);
        expose(DiagnosisHistory.class);
        expose(ErrorCodes.class);
        expose(RulePack.class);
        expose(TimelineStore.class);
        expose(KeepTimeline.class);
    }

    /** One storage for the history and the timelines; its tables are migrated when it is first asked for. */
    @Provides
    @Singleton
    LogsStorage storage(Database database) {
        return LogsStorage.jdbc(database);
    }

    @Provides
    @Singleton
    DiagnosisHistory history(LogsStorage storage) {
        return storage.diagnosisHistory();
    }

    @Provides
    @Singleton
    TimelineStore timelines(LogsStorage storage) {
        return storage.timelines();
    }

    @Provides
    KeepTimeline keepTimeline(TimelineStore store) {
        return new KeepTimeline(store);
    }

    @Provides
    DiagnoseLogs diagnose(Clock clock) {
        return new DiagnoseLogs(clock);
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
