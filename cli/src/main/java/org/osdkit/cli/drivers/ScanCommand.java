package org.osdkit.cli.drivers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.cli.command.LeafCommand;
import org.osdkit.cli.output.OutputFormat;
import org.osdkit.cli.output.Table;
import org.osdkit.drivers.catalog.DriverIdentity;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.catalog.ScanDriverSources;
import org.osdkit.drivers.catalog.ScanReport;
import org.osdkit.drivers.catalog.ScannedFolder;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code osdkit drivers scan <folder>}: classify a model's driver sources and lint every INF. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Classify every folder of a driver source tree (INF driver, hardware application, template, not a driver) with the devices,"
                + " OS and architecture it covers and its INF lint findings. Reads only.",
                "Exit code 1 when an INF has error-level findings (an autorun.inf has none). --output json is one document, with --findings too;"
                + " --output csv is one table, so --findings with csv is refused."})
final class ScanCommand extends LeafCommand {

    @Parameters(index = "0", paramLabel = "<folder>", description = "Source folder, e.g. \\\\server\\Drivers\\PC\\_OriginalSources_\\XP\\R61-8935CTO.")
    Path folder;

    @Option(names = "--hash", description = "Also hash each driver's INF and files into its catalog identity (reads every byte).")
    boolean hash;

    @Option(names = "--findings", description = "List every lint finding (default: only the counts per folder).")
    boolean findings;

    @Option(names = "--min-severity", paramLabel = "ERROR|WARNING|INFO", description = "With --findings, the least severe finding to list (default: WARNING).")
    Severity minSeverity = Severity.WARNING;

    @Override
    protected int execute() {
        CliSupport.folder(spec, "<folder>", folder);
        if (findings) {
            CliSupport.oneTable(spec, printer(), "two tables with --findings (Folders, Findings)");
        }
        ScanReport report;
        try (CliSupport.Progress progress = new CliSupport.Progress(printer(), "Scanning")) {
            report = (hash ? ScanDriverSources.hashing(FileHasher.direct()) : get(ScanDriverSources.class)).scan(folder, progress);
        }
        Table table = Table.of("Folder", "Kind", "INFs", "Drivers", "HardwareIDs", "Architectures", "Platforms", "InstallCommand", "Errors", "Warnings");
        for (ScannedFolder f : report.folders()) {
            table.row(f.relativePath().isEmpty() ? "." : f.relativePath(), f.kind(), f.infs().size(), f.drivers().size(), f.hardwareIds().size(),
                    String.join(" ", f.architectures().stream().map(Object::toString).toList()), String.join(" ", f.platforms()),
                    f.installCommand().orElse(f.installers().isEmpty() ? "" : "(none detected: " + String.join(", ", f.installers()) + ")"),
                    count(f, Severity.ERROR), count(f, Severity.WARNING));
        }
        Table lines = Table.of("File", "Line", "Severity", "Code", "Message");
        if (findings) {
            report.folders().forEach(f -> allFindings(f).stream().filter(x -> x.severity().compareTo(minSeverity) <= 0)
                    .forEach(x -> lines.row(x.source(), x.line(), x.severity(), x.code(), x.message())));
        }
        if (printer().format() == OutputFormat.json) {
            // One document: the findings list is part of it, never a second JSON value after it.
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("Root", report.root().toString());
            json.put("Totals", totals(report));
            json.put("Folders", report.folders().stream().map(ScanCommand::folderJson).toList());
            if (findings) {
                json.put("Findings", lines.rows().stream().map(r -> {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("File", r.get(0));
                    f.put("Line", r.get(1));
                    f.put("Severity", r.get(2).toString());
                    f.put("Code", r.get(3));
                    f.put("Message", r.get(4));
                    return f;
                }).toList());
            }
            printer().json(json);
        } else {
            printer().table(table);
            if (findings) {
                printer().table(lines);
            }
        }
        printer().info(String.format("Scanned %s: %d folders, %d drivers, %d models, %d hardware IDs, %d templates, %d hardware applications, "
                        + "%d not drivers; %d errors, %d warnings.", report.root(), report.folders().size(), report.drivers(), report.models(),
                report.hardwareIds(), report.templates(), report.applications(), report.notDrivers(), report.findings(Severity.ERROR),
                report.findings(Severity.WARNING)));
        return report.findings(Severity.ERROR) > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }

    private static List<InfFinding> allFindings(ScannedFolder f) {
        List<InfFinding> out = new java.util.ArrayList<>(f.findings());
        f.infs().forEach(i -> i.findings().forEach(x -> out.add(new InfFinding(x.rule(), i.relativePath(), x.line(), x.message()))));
        return out;
    }

    private static long count(ScannedFolder f, Severity severity) {
        return allFindings(f).stream().filter(x -> x.severity() == severity).count();
    }

    private static Map<String, Object> totals(ScanReport r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("Folders", r.folders().size());
        t.put("Drivers", r.drivers());
        t.put("Models", r.models());
        t.put("HardwareIDs", r.hardwareIds());
        t.put("Templates", r.templates());
        t.put("HardwareApplications", r.applications());
        t.put("NotDrivers", r.notDrivers());
        t.put("Errors", r.findings(Severity.ERROR));
        t.put("Warnings", r.findings(Severity.WARNING));
        return t;
    }

    private static Map<String, Object> folderJson(ScannedFolder f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Folder", f.relativePath());
        m.put("Kind", f.kind().name());
        m.put("InstallCommand", f.installCommand().orElse(null));
        m.put("Installers", f.installers());
        m.put("HardwareIDs", List.copyOf(f.hardwareIds()));
        m.put("Architectures", f.architectures().stream().map(Object::toString).toList());
        m.put("Platforms", List.copyOf(f.platforms()));
        m.put("INFs", f.infs().stream().map(i -> {
            Map<String, Object> inf = new LinkedHashMap<>();
            inf.put("Path", i.relativePath());
            inf.put("Kind", i.kind().name());
            inf.put("Provider", i.provider());
            inf.put("Class", i.className());
            inf.put("DriverVer", i.driverVer().toString());
            inf.put("Models", i.models());
            inf.put("Driver", i.identity().map(DriverIdentity::driverHash).orElse(null));
            inf.put("Findings", i.findings().stream().map(x -> x.severity() + " " + x.code() + " line " + x.line() + ": " + x.message()).toList());
            return inf;
        }).toList());
        return m;
    }
}
