package org.osdkit.cli.command;

import java.util.concurrent.Callable;
import org.osdkit.cli.output.Printer;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command that does something: gives it the application context and its printer, and
 * records the command line and its exit code in osdkit's log.
 */
public abstract class LeafCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        var log = LoggerFactory.getLogger(getClass());
        app();
        log.info("{} started", spec.qualifiedName());
        int code = execute();
        log.info("{} finished with exit code {}", spec.qualifiedName(), code);
        return code;
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
}
