package org.osdkit.drivers.inf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads what a driver declares from the parsed sections of an INF. */
final class InfReader {

    record Result(InfKind kind, List<String> placeholders, VersionSection version, DriverVer driverVer,
                  List<ManufacturerEntry> manufacturers, List<SourceFile> sourceFiles, List<InfValue> includes,
                  List<InfValue> needs, List<InfValue> copyFiles, List<InfFinding> findings) {
    }

    private final InfFile inf;
    private final List<InfFinding> findings = new ArrayList<>();

    private InfReader(InfFile inf) {
        this.inf = inf;
    }

    static Result read(InfFile inf, boolean templateByName, boolean refused) {
        return new InfReader(inf).read(templateByName, refused);
    }

    private Result read(boolean templateByName, boolean refused) {
        List<String> placeholders = TemplateMarkers.find(inf.sections());
        Optional<InfSection> versionSection = inf.section("Version");
        VersionSection version = versionSection.map(this::version).orElse(VersionSection.ABSENT);
        DriverVer.Parsed driverVer = driverVer(version);
        List<ManufacturerEntry> manufacturers = inf.section("Manufacturer").map(this::manufacturers).orElse(List.of());
        List<SourceFile> files = sourceFiles();
        List<InfValue> includes = new ArrayList<>();
        List<InfValue> needs = new ArrayList<>();
        List<InfValue> copyFiles = new ArrayList<>();
        directives(includes, needs, copyFiles);
        InfKind kind;
        if (versionSection.isEmpty() && inf.section("AutoRun").isPresent()) {
            // A CD's or application folder's autorun.inf: not a driver INF, and nothing wrong with it.
            findings.add(InfFinding.of(InfRule.AUTORUN, 0, "An autorun file ([AutoRun], no [Version]) of a CD or application folder, not a driver INF; ignored."));
            kind = InfKind.NOT_AN_INF;
        } else if (inf.sections().isEmpty() || versionSection.isEmpty()) {
            if (!refused) {
                findings.add(InfFinding.of(InfRule.NO_VERSION, 0, "There is no [Version] section, so this is not a driver INF."));
            }
            kind = InfKind.NOT_AN_INF;
        } else if (templateByName || !placeholders.isEmpty()) {
            findings.add(InfFinding.of(InfRule.TEMPLATE, 0, templateByName
                    ? "A .inx stampinf template: it is built into an INF, not installed."
                    : "Unexpanded stampinf placeholders " + placeholders + ": a template, not an installable INF."));
            kind = InfKind.TEMPLATE;
        } else if (!version.hasValidSignature()) {
            findings.add(InfFinding.of(InfRule.BAD_SIGNATURE, version.signature() == null ? versionSection.get().line() : version.signature().line(),
                    version.signature() == null ? "[Version] has no Signature, so Windows does not read this as an INF."
                            : "Signature \"" + version.signature().text() + "\" is not \"$Windows NT$\", \"$Chicago$\" or \"$Windows 95$\" (any case)."));
            kind = InfKind.NOT_AN_INF;
        } else {
            kind = inf.section("Manufacturer").isPresent() ? InfKind.PNP_DRIVER : InfKind.NON_PNP_DRIVER;
        }
        // An empty DriverVer is normal in a template: stampinf fills it in.
        boolean emptyInTemplate = kind == InfKind.TEMPLATE && version.driverVer() != null && version.driverVer().text().isBlank();
        if (driverVer.problem().isPresent() && !emptyInTemplate) {
            findings.add(InfFinding.of(InfRule.DRIVERVER_INVALID, version.driverVer().line(), driverVer.problem().get() + "."));
        }
        return new Result(kind, placeholders, version, driverVer.value(), manufacturers, files, includes, needs, copyFiles, findings);
    }

    private VersionSection version(InfSection section) {
        Map<String, InfValue> catalogs = new HashMap<>();
        for (InfLine line : section.lines()) {
            if (line.key() != null && line.key().regionMatches(true, 0, "CatalogFile", 0, 11)) {
                String suffix = line.key().substring(11).toLowerCase(Locale.ROOT);
                suffix = suffix.startsWith(".") ? suffix.substring(1) : suffix;
                catalogs.putIfAbsent(suffix, resolved(line, 0));
            }
        }
        return new VersionSection(value(section, "Signature"), value(section, "Class"), value(section, "ClassGuid"),
                value(section, "Provider"), joined(section, "DriverVer"), catalogs, value(section, "PnpLockdown"));
    }

    private InfValue value(InfSection section, String key) {
        return section.first(key).map(l -> resolved(l, 0)).orElse(null);
    }

    /** DriverVer's date and version are two fields of one line. */
    private InfValue joined(InfSection section, String key) {
        return section.first(key).map(l -> new InfValue(inf.strings().resolve(String.join(",", l.values())), l.line())).orElse(null);
    }

    private InfValue resolved(InfLine line, int index) {
        return new InfValue(inf.strings().resolve(line.value(index)), line.line());
    }

    private static DriverVer.Parsed driverVer(VersionSection version) {
        if (version.driverVer() == null) {
            return new DriverVer.Parsed(DriverVer.NONE, Optional.empty());
        }
        return DriverVer.parse(version.driverVer().text(), version.driverVer().line());
    }

    private List<ManufacturerEntry> manufacturers(InfSection section) {
        List<ManufacturerEntry> out = new ArrayList<>();
        for (InfLine line : section.lines()) {
            if (line.values().isEmpty() || line.value().isEmpty()) {
                continue;
            }
            String name = inf.strings().resolve(line.key() != null ? line.key() : line.value());
            String modelsName = inf.strings().resolve(line.value());
            List<TargetOsVersion> decorations = new ArrayList<>();
            for (int i = 1; i < line.values().size(); i++) {
                String text = inf.strings().resolve(line.value(i));
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    decorations.add(TargetOsVersion.parse(text));
                } catch (IllegalArgumentException e) {
                    findings.add(InfFinding.of(InfRule.BAD_DECORATION, line.line(), "[Manufacturer] line " + line.line() + ": " + e.getMessage() + "."));
                }
            }
            out.add(new ManufacturerEntry(name, modelsName, decorations, modelsSections(name, modelsName, decorations), line.line()));
        }
        return out;
    }

    private List<ModelsSection> modelsSections(String manufacturer, String modelsName, List<TargetOsVersion> decorations) {
        List<ModelsSection> out = new ArrayList<>();
        for (TargetOsVersion decoration : decorations) {
            out.add(modelsSection(manufacturer, modelsName + "." + decoration.text(), decoration));
        }
        Optional<InfSection> undecorated = inf.section(modelsName);
        if (undecorated.isPresent() || decorations.isEmpty()) {
            out.add(modelsSection(manufacturer, modelsName, null));
        }
        return out;
    }

    private ModelsSection modelsSection(String manufacturer, String name, TargetOsVersion decoration) {
        Optional<InfSection> section = inf.section(name);
        if (section.isEmpty()) {
            return new ModelsSection(name, decoration, SectionState.ABSENT, List.of());
        }
        List<ModelEntry> entries = new ArrayList<>();
        for (InfLine line : section.get().lines()) {
            if (line.key() == null) {
                continue;
            }
            String hardwareId = inf.strings().resolve(line.value(1));
            List<String> compatible = new ArrayList<>();
            for (int i = 2; i < line.values().size(); i++) {
                String id = inf.strings().resolve(line.value(i));
                if (!id.isEmpty()) {
                    compatible.add(id);
                }
            }
            // One ID of either kind is enough: "%D% = Inst,, PCI\VEN_1&DEV_2" offers the device by its compatible ID alone.
            if (hardwareId.isBlank() && compatible.isEmpty()) {
                findings.add(InfFinding.of(InfRule.MODEL_WITHOUT_ID, line.line(), "The model line " + line.line() + " in [" + name
                        + "] lists neither a hardware ID nor a compatible ID; Windows ignores it."));
                continue;
            }
            entries.add(new ModelEntry(manufacturer, section.get().name(), decoration, inf.strings().resolve(line.key()),
                    inf.strings().resolve(line.value(0)), hardwareId.isBlank() ? "" : hardwareId, compatible, line.line()));
        }
        return new ModelsSection(section.get().name(), decoration, entries.isEmpty() ? SectionState.EMPTY : SectionState.PRESENT, entries);
    }

    private List<SourceFile> sourceFiles() {
        Map<String, String> genericDisks = disks(inf.section("SourceDisksNames"));
        List<SourceFile> out = new ArrayList<>();
        collectFiles(inf.section("SourceDisksFiles"), null, genericDisks, out);
        for (InfPlatform platform : InfPlatform.values()) {
            Map<String, String> disks = new HashMap<>(genericDisks);
            disks.putAll(disks(inf.section("SourceDisksNames." + platform.word())));
            collectFiles(inf.section("SourceDisksFiles." + platform.word()), platform, disks, out);
        }
        return out;
    }

    private Map<String, String> disks(Optional<InfSection> section) {
        Map<String, String> out = new HashMap<>();
        section.ifPresent(s -> s.lines().forEach(l -> {
            if (l.key() != null) {
                out.putIfAbsent(l.key().strip(), inf.strings().resolve(l.value(3)));
            }
        }));
        return out;
    }

    private void collectFiles(Optional<InfSection> section, InfPlatform platform, Map<String, String> disks, List<SourceFile> out) {
        if (section.isEmpty()) {
            return;
        }
        for (InfLine line : section.get().lines()) {
            String name = line.key() != null ? line.key() : line.value();
            if (name.isEmpty()) {
                continue;
            }
            String diskId = line.key() != null ? line.value(0) : "";
            String diskPath = disks.getOrDefault(diskId, "");
            String subdir = line.key() != null ? inf.strings().resolve(line.value(1)) : "";
            Optional<String> path = RelativePaths.join(diskPath, subdir, name);
            if (path.isEmpty()) {
                findings.add(InfFinding.of(InfRule.PATH_ESCAPES, line.line(), "[" + section.get().name() + "] line " + line.line() + ": the path of "
                        + name + " (disk " + diskId + " path \"" + diskPath + "\", subdir \"" + subdir + "\") leaves the driver's folder; the file is ignored."));
                continue;
            }
            out.add(new SourceFile(name, diskId, path.get(), platform, line.line()));
        }
    }

    private void directives(List<InfValue> includes, List<InfValue> needs, List<InfValue> copyFiles) {
        Set<String> seenCopySections = new LinkedHashSet<>();
        for (InfSection section : inf.sections()) {
            for (InfLine line : section.lines()) {
                if (line.isKey("Include")) {
                    line.values().stream().filter(v -> !v.isBlank()).forEach(v -> includes.add(new InfValue(v.strip(), line.line())));
                } else if (line.isKey("Needs")) {
                    line.values().stream().filter(v -> !v.isBlank()).forEach(v -> needs.add(new InfValue(v.strip(), line.line())));
                } else if (line.isKey("CopyFiles")) {
                    for (String v : line.values()) {
                        copyFilesOf(inf.strings().resolve(v.strip()), line.line(), seenCopySections, copyFiles);
                    }
                }
            }
        }
    }

    private void copyFilesOf(String value, int line, Set<String> seen, List<InfValue> out) {
        if (value.isEmpty()) {
            return;
        }
        if (value.startsWith("@")) {
            out.add(new InfValue(value.substring(1).strip(), line));
            return;
        }
        if (!seen.add(value.toLowerCase(Locale.ROOT))) {
            return;
        }
        inf.section(value).ifPresent(s -> s.lines().forEach(l -> {
            String destination = inf.strings().resolve(l.key() != null ? l.key() : l.value(0));
            String sourceName = l.key() != null ? "" : inf.strings().resolve(l.value(1));
            String name = sourceName.isEmpty() ? destination : sourceName;
            if (!name.isEmpty()) {
                out.add(new InfValue(name, l.line()));
            }
        }));
    }
}
