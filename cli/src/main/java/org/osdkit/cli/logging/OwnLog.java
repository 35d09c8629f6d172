package org.osdkit.cli.logging;

import java.util.concurrent.atomic.AtomicReference;
import org.osdkit.core.logging.CmTraceLogFile;
import org.osdkit.core.logging.LogSeverity;
import org.slf4j.event.Level;

/**
 * Where slf4j records go once a command knows its workspace: osdkit's CMTrace log. Before
 * {@link #install} (help, version, usage errors) records are dropped, so those never create a workspace.
 */
public final class OwnLog {

    private static final AtomicReference<OwnLog> CURRENT = new AtomicReference<>();

    private final CmTraceLogFile file;
    private final Level ownLevel;
    private final Level libraryLevel;

    private OwnLog(CmTraceLogFile file, Level ownLevel, Level libraryLevel) {
        this.file = file;
        this.ownLevel = ownLevel;
        this.libraryLevel = libraryLevel;
    }

    /**
     * Starts logging to {@code file}. osdkit's own classes log at INFO (DEBUG with {@code -v});
     * libraries such as Jetty only warnings unless {@code -vv}.
     */
    public static void install(CmTraceLogFile file, int verbosity) {
        OwnLog previous = CURRENT.getAndSet(new OwnLog(file,
                verbosity >= 1 ? Level.DEBUG : Level.INFO,
                verbosity >= 2 ? Level.DEBUG : Level.WARN));
        if (previous != null && previous.file != file) {
            previous.file.close();
        }
    }

    /** Stops logging and closes the file. */
    public static void uninstall() {
        OwnLog previous = CURRENT.getAndSet(null);
        if (previous != null) {
            previous.file.close();
        }
    }

    static boolean enabled(String logger, Level level) {
        OwnLog log = CURRENT.get();
        if (log == null) {
            return false;
        }
        Level threshold = logger.startsWith("org.osdkit.") ? log.ownLevel : log.libraryLevel;
        return level.toInt() >= threshold.toInt();
    }

    static void write(String logger, Level level, String message) {
        OwnLog log = CURRENT.get();
        if (log == null) {
            return;
        }
        LogSeverity severity = switch (level) {
            case ERROR -> LogSeverity.ERROR;
            case WARN -> LogSeverity.WARNING;
            default -> LogSeverity.INFO;
        };
        String component = logger.substring(logger.lastIndexOf('.') + 1);
        try {
            log.file.write(severity, component, Thread.currentThread().getId(), logger, message);
        } catch (RuntimeException e) {
            // A full disk must not turn every command into a failure: logging is best effort.
        }
    }
}
