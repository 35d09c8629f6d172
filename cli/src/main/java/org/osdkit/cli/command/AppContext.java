package org.osdkit.cli.command;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.osdkit.cli.logging.OwnLog;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.terminal.StreamColours;
import org.osdkit.cli.terminal.TableWidth;
import org.osdkit.core.Actor;
import org.osdkit.core.CoreSettings;
import org.osdkit.core.OpenResources;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.guice.CoreModule;
import org.osdkit.core.logging.CmTraceLogFile;
import org.osdkit.core.workspace.Workspace;
import org.osdkit.drivers.guice.DriversModule;
import org.osdkit.logs.guice.LogsModule;
import org.osdkit.sites.guice.SitesModule;
import org.osdkit.statemigration.cleanup.LockTiming;
import org.osdkit.statemigration.guice.StateMigrationModule;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * What a running command needs: the settings from the global options, the printer, osdkit's own log
 * in the workspace and the Guice injectors: core's, and its child with the four domain modules. The workspace and the
 * own log open at the first call of {@link #settings()} (which {@link LeafCommand} makes before every
 * command but a lookup that needs neither, {@link LeafCommand#needsWorkspace()}), the injector at its
 * first use.
 */
public final class AppContext implements AutoCloseable {

    private final Path workspaceRoot;
    private final String databaseUrl;
    /** The actor {@code OSDKIT_ACTOR} names, or null for this process's own ({@link Actor#current()}, told when the workspace opens). */
    private final Actor namedActor;
    private final long logMaxBytes;
    private final int logMaxHistory;
    private final Printer printer;
    private final int verbosity;
    private final LockTiming lockTiming;
    private CoreSettings settings;
    /** Core's bindings alone (workspace, database, clock, audit): a command that needs no domain asks only these. */
    private Injector core;
    private Injector injector;

    private AppContext(Path workspaceRoot, String databaseUrl, Actor namedActor, long logMaxBytes, int logMaxHistory,
                       Printer printer, int verbosity, LockTiming lockTiming) {
        this.workspaceRoot = workspaceRoot;
        this.databaseUrl = databaseUrl;
        this.namedActor = namedActor;
        this.logMaxBytes = logMaxBytes;
        this.logMaxHistory = logMaxHistory;
        this.printer = printer;
        this.verbosity = verbosity;
        this.lockTiming = lockTiming;
    }

    /** The environment's settings {@link #open} checks; a malformed one is a usage error (exit 2). */
    private static final List<String> CHECKED_SETTINGS = List.of("OSDKIT_LOG_MAX_BYTES", "OSDKIT_LOG_MAX_HISTORY", "OSDKIT_ACTOR",
            "OSDKIT_SMP_LOCK_HEARTBEAT_SECONDS", "OSDKIT_SMP_LOCK_TIMEOUT_SECONDS");

    /** Whether {@code environment} sets any of the settings {@link #open} checks (so a line that skips it must not). */
    public static boolean setsCheckedSettings(Map<String, String> environment) {
        for (String name : CHECKED_SETTINGS) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The context of one command line; the workspace, the own log and the injector wait for their first use. */
    public static AppContext open(Path workspaceRoot, String databaseUrl, OutputFormat format, int verbosity,
                           Map<String, String> environment, CommandLine root) {
        return open(workspaceRoot, databaseUrl, format, verbosity, environment, root, StreamColours.NONE, TableWidth.UNLIMITED);
    }

    /**
     * As above, with the colour decisions for stdout and stderr made at the start of the command line
     * and the width tables must fit (0: no limit). The environment's settings are checked here, so a
     * malformed one is a usage error of every command, whether it opens the workspace or not.
     */
    public static AppContext open(Path workspaceRoot, String databaseUrl, OutputFormat format, int verbosity,
                           Map<String, String> environment, CommandLine root, StreamColours colours, IntSupplier tableWidth) {
        long logMaxBytes = number(root, environment, "OSDKIT_LOG_MAX_BYTES", CmTraceLogFile.DEFAULT_MAX_BYTES, 1024);
        int logMaxHistory = (int) number(root, environment, "OSDKIT_LOG_MAX_HISTORY", 1, 1);
        Actor actor = namedActor(root, environment);
        // The display zone is resolved when a time is first printed (null): most commands print none.
        Printer printer = new Printer(root.getOut(), root.getErr(), format, null, colours, tableWidth);
        return new AppContext(workspaceRoot, databaseUrl, actor, logMaxBytes, logMaxHistory, printer, verbosity, lockTiming(root, environment));
    }

    /**
     * Who acts: this process's account ({@link Actor#current()}, null here), or the one {@code OSDKIT_ACTOR}
     * names (a scheduled task running as a service account on an admin's behalf); a malformed name is a usage error.
     */
    private static Actor namedActor(CommandLine root, Map<String, String> environment) {
        String named = environment.get("OSDKIT_ACTOR");
        if (named == null || named.isEmpty()) {
            return null;
        }
        try {
            return Actor.named(named);
        } catch (OsdkitException e) {
            throw new CommandLine.ParameterException(root, "OSDKIT_ACTOR: " + e.describe());
        }
    }

    /** The SMP cleanup lock's heartbeat interval and stale timeout, in seconds (decimals allowed, so tests can be quick). */
    private static LockTiming lockTiming(CommandLine root, Map<String, String> environment) {
        Duration heartbeat = seconds(root, environment, "OSDKIT_SMP_LOCK_HEARTBEAT_SECONDS", LockTiming.DEFAULT.heartbeat());
        Duration timeout = seconds(root, environment, "OSDKIT_SMP_LOCK_TIMEOUT_SECONDS", LockTiming.DEFAULT.staleAfter());
        try {
            return new LockTiming(heartbeat, timeout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(root, "OSDKIT_SMP_LOCK_TIMEOUT_SECONDS / OSDKIT_SMP_LOCK_HEARTBEAT_SECONDS: " + e.getMessage());
        }
    }

    private static Duration seconds(CommandLine root, Map<String, String> environment, String name, Duration fallback) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(root, name + " must be a number of seconds, was \"" + value + "\"");
        }
        if (seconds.compareTo(new BigDecimal("0.05")) < 0) {
            throw new CommandLine.ParameterException(root, name + " must be at least 0.05 seconds, was " + value.strip());
        }
        return Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    private static long number(CommandLine root, Map<String, String> environment, String name, long fallback, long min) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(root, name + " must be a whole number, was \"" + value + "\"");
        }
        if (number < min) {
            throw new CommandLine.ParameterException(root, name + " must be at least " + min + ", was " + number);
        }
        return number;
    }

    /** Opens the workspace (creating its folders) and osdkit's own log in it, at the first call. */
    public CoreSettings settings() {
        if (settings == null) {
            Workspace workspace = Workspace.open(workspaceRoot);
            OwnLog.install(new CmTraceLogFile(workspace.ownLog(), logMaxBytes, logMaxHistory, Clock.systemUTC()), verbosity);
            settings = new CoreSettings(workspace.root(), databaseUrl, namedActor != null ? namedActor : Actor.current(), logMaxBytes, logMaxHistory);
        }
        return settings;
    }

    public Printer printer() {
        return printer;
    }

    public int verbosity() {
        return verbosity;
    }

    /**
     * Core's injector, built on first use: the workspace, the database, the clock and the audit journal,
     * without the four domain modules, so a command that needs only those ({@code status}) does not pay
     * for configuring them (about a fifth of {@code status}'s start-up). {@link #injector()} is its child,
     * so both hand out the same database and the same open resources.
     */
    public Injector core() {
        if (core == null) {
            // Start-up: Guice records a stack trace per binding (for error messages naming the module
            // line) and generates classes for fast construction; a command line uses each binding
            // about once, so both cost more than they save. Read when Guice first loads; a value the
            // user set wins.
            setIfAbsent("guice_include_stack_traces", "OFF");
            setIfAbsent("guice_bytecode_gen_option", "DISABLED");
            core = Guice.createInjector(new CoreModule(settings()));
        }
        return core;
    }

    /** Core plus the four domain modules, built on first use; providers inside open the database only when a command needs it. */
    public Injector injector() {
        if (injector == null) {
            injector = core().createChildInjector(new DriversModule(), new SitesModule(), new StateMigrationModule(lockTiming), new LogsModule());
        }
        return injector;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    public <T> T get(Class<T> type) {
        return injector().getInstance(type);
    }

    /** An instance of one of core's bindings, without configuring the domain modules ({@link #core()}). */
    public <T> T getCore(Class<T> type) {
        return core().getInstance(type);
    }

    @Override
    public void close() {
        try {
            if (core != null) {
                core.getInstance(OpenResources.class).close();
            }
        } finally {
            // Without a workspace there is no own log to finish (and slf4j need not start for it).
            if (settings != null) {
                LoggerFactory.getLogger(AppContext.class).debug("osdkit finished");
                OwnLog.uninstall();
            }
        }
    }
}
