package org.osdkit.cli.command;

import java.util.concurrent.Callable;
import org.osdkit.cli.output.Printer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command that does something: gives it the application context and its printer, and
 * records the command line and its exit code in osdkit's log (unless it is a lookup that needs no
 * workspace, {@link #needsWorkspace()}).
 */
public abstract class LeafCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        if (!needsWorkspace()) {
            return execute();
        }
        app().settings();
        var log = LoggerFactory.getLogger(getClass());
        log.info("{} started", spec.qualifiedName());
        int code = execute();
        log.info("{} finished with exit code {}", spec.qualifiedName(), code);
        return code;
    }

    /**
     * Whether the command opens the workspace (creating it) and records itself in osdkit's own log
     * there before it runs: every command does but a lookup that reads nothing of the workspace and
     * changes nothing ({@code logs errcode}), which then starts without either. Such a command must
     * not ask for {@link AppContext#settings()} or the injector.
     */
    protected boolean needsWorkspace() {
        return true;
    }

    /** Does the command's work; returns an exit code from {@link ExitCodes}. */
    protected abstract int execute() throws Exception;

    protected final AppContext app() {
        return ((ContextHolder) spec.root().userObject()).context();
    }

    protected final Printer printer() {
        return app().printer();
    }

    /** An instance from the injector: a domain use case or port. */
    protected final <T> T get(Class<T> type) {
        return app().get(type);
    }

    /** An instance of one of core's bindings (workspace, database, clock, audit), for a command that needs no domain module. */
    protected final <T> T getCore(Class<T> type) {
        return app().getCore(type);
    }
}
