package org.osdkit.cli.logs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.filter.TimeBound;
import org.osdkit.logs.read.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The CMTrace filter clauses as options; all given clauses must hold. */
final class FilterMixin {

    @Option(names = "--severity", split = ",", paramLabel = "<level>",
            description = "Only these severities: error, warning, info, verbose (or 3, 2, 1, 0); comma-separated.")
    List<String> severities = new ArrayList<>();

    @Option(names = "--min-severity", paramLabel = "<level>", description = "Only this severity and above.")
    String minSeverity;

    @Option(names = "--component", split = ",", paramLabel = "<name>", description = "Component is one of these.")
    List<String> components = new ArrayList<>();

    @Option(names = "--not-component", split = ",", paramLabel = "<name>", description = "Component is none of these.")
    List<String> notComponents = new ArrayList<>();

    @Option(names = "--thread", split = ",", paramLabel = "<id>", description = "Thread is one of these (decimal).")
    List<String> threads = new ArrayList<>();

    @Option(names = "--contains", paramLabel = "<text>", description = "Message contains this text (case-insensitive).")
    List<String> contains = new ArrayList<>();

    @Option(names = "--not-contains", paramLabel = "<text>", description = "Message does not contain this text (case-insensitive).")
    List<String> notContains = new ArrayList<>();

    @Option(names = "--regex", paramLabel = "<regex>", description = "Message matches this Java regular expression.")
    String regex;

    @Option(names = "--after", paramLabel = "<time>",
            description = "After this time: 2024-01-05T10:00:00Z (UTC) or '2024-01-05 10:00' (the log's local time).")
    String after;

    @Option(names = "--before", paramLabel = "<time>", description = "Before this time (same forms as --after).")
    String before;

    @Option(names = "--no-unparsed", description = "Leave out unparsed fragments (torn or truncated records).")
    boolean noUnparsed;

    /** The filter; a malformed clause (time, regular expression, severity) is a usage error (exit code 2). */
    RecordFilter filter(CommandLine cl) {
        try {
            return build(cl);
        } catch (OsdkitException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    private RecordFilter build(CommandLine cl) {
        RecordFilter.Builder b = RecordFilter.builder();
        Set<Severity> set = EnumSet.noneOf(Severity.class);
        severities.forEach(s -> set.add(severity(cl, s)));
        b.severities(set);
        if (minSeverity != null) {
            b.atLeast(severity(cl, minSeverity));
        }
        b.components(components).excludeComponents(notComponents).threads(threads);
        contains.forEach(b::contains);
        notContains.forEach(b::notContains);
        if (regex != null) {
            b.regex(regex);
        }
        if (after != null) {
            b.after(TimeBound.parse(after));
        }
        if (before != null) {
            b.before(TimeBound.parse(before));
        }
        if (noUnparsed) {
            b.withoutUnparsed();
        }
        return b.build();
    }

    private static Severity severity(CommandLine cl, String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
