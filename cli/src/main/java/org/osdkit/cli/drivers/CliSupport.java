package org.osdkit.cli.drivers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Printer;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.ScanListener;
import org.osdkit.drivers.distribution.DistributionPoint;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * What several drivers commands share: progress bars for tree walks, and option values checked the
 * same way. A value the domain refuses (an unknown OS, a folder that does not exist, an unusable
 * category) is a usage error, exit code 2, naming the option; only what happens after the command
 * line was right can exit 1.
 */
final class CliSupport {

    private CliSupport() {
    }

    /** {@code value}, or a usage error naming {@code option} and the domain's error code when the domain refuses it. */
    static <T> T option(CommandSpec spec, String option, Supplier<T> value) {
        try {
            return value.get();
        } catch (OsdkitException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for " + option + " [" + e.code().id() + "]: " + e.describe());
        }
    }

    /** The OS target of {@code --os} and {@code --arch}, refusing names osdkit does not know and releases Windows never had on that architecture. */
    static OsTarget target(CommandSpec spec, String os, Architecture arch) {
        OsTarget target = option(spec, "--os", () -> OsTarget.parse(os, arch));
        target.neverShipped().ifPresent(why -> {
            throw new ParameterException(spec.commandLine(), "Invalid combination of --os " + os + " and --arch " + arch + ": " + why + ".");
        });
        return target;
    }

    /** A source folder given on the command line: one that does not exist is a usage error, not a failed run. */
    static Path folder(CommandSpec spec, String label, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for " + label + " [" + DriverErrors.SOURCE_NOT_FOUND.id() + "]: " + folder
                    + " does not exist or is not a folder.");
        }
        return folder;
    }

    /** A driver named on the command line: its hash or at least its first 8 hex digits, as 'drivers list' shows them. */
    static String driverHash(CommandSpec spec, String label, String driver) {
        String d = driver.strip();
        if (d.length() < 8 || d.length() > 64 || !d.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for " + label + ": \"" + driver
                    + "\" is not a driver hash; give the hash or its first 8 or more hex digits, as 'osdkit drivers list' shows them.");
        }
        return d;
    }

    /**
     * Distribution points named on the command line ({@code --dp}, {@code <fqdn>}): a name that is no FQDN is a
     * usage error; a well-formed one osdkit does not know is for the use case to report (exit code 1). A name
     * with SMSPXEIMAGE$ in it goes through unchecked so the use case refuses it with its own reason and audits it.
     */
    static List<String> dpNames(CommandSpec spec, String label, List<String> names) {
        names.forEach(n -> dpName(spec, label, n));
        return names;
    }

    /** One distribution point named on the command line, checked as {@link #dpNames} does. */
    static String dpName(CommandSpec spec, String label, String name) {
        if (name.toUpperCase(Locale.ROOT).contains(DistributionPoint.PXE_SHARE)) {
            return name;
        }
        option(spec, label, () -> DistributionPoint.validName(name));
        return name;
    }

    /** {@code value} parsed by {@code parse}, whose IllegalArgumentException (a value not in a fixed set) is a usage error naming {@code option}. */
    static <T> T parsed(CommandSpec spec, String option, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for " + option + ": " + e.getMessage());
        }
    }

    /**
     * CSV is one table: a view made of several ({@code parts} names them) is refused as a usage error that
     * points to {@code --output json}, which prints the whole view as one document.
     */
    static void oneTable(CommandSpec spec, Printer printer, String parts) {
        if (printer.format() == OutputFormat.csv) {
            throw new ParameterException(spec.commandLine(), "--output csv prints one table, and '" + spec.qualifiedName() + "' shows " + parts
                    + ": use --output json for the whole view as one document (or --output table).");
        }
    }

    /** A scan listener that drives a progress bar on a terminal; close it when the walk is done. */
    static final class Progress implements ScanListener, AutoCloseable {
        private final Printer printer;
        private final String task;
        private Optional<ProgressBar> bar;

        Progress(Printer printer, String task) {
            this.printer = printer;
            this.task = task;
        }

        @Override
        public void folderDone(int done, int total, String folder) {
            if (bar == null) {
                bar = printer.progress(task, total);
            }
            bar.ifPresent(b -> b.stepTo(done));
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.ifPresent(ProgressBar::close);
            }
        }
    }
}
