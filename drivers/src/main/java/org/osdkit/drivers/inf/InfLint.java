package org.osdkit.drivers.inf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks an INF the way an admin needs before importing it: missing [Version] keys, undefined
 * tokens, models sections that do not exist, files the folder lacks, no catalog, architecture
 * decorations that disagree with the files, invalid DriverVer, include loops. Every finding has a
 * stable {@link InfRule} code and the line it is about.
 */
public final class InfLint {

    private InfLint() {
    }

    /** The parser's findings plus the lint's, ordered by line; {@code folder} enables the file checks. */
    public static List<InfFinding> check(InfFile inf, InfFolder folder) {
        List<InfFinding> out = new ArrayList<>(inf.findings());
        Checks checks = new Checks(inf, folder);
        checks.run();
        checks.found.stream().map(f -> f.in(inf.source())).forEach(out::add);
        out.sort(Comparator.comparingInt(InfFinding::line));
        return out;
    }

    private static final class Checks {
        final InfFile inf;
        final InfFolder folder;
        final List<InfFinding> found = new ArrayList<>();

        Checks(InfFile inf, InfFolder folder) {
            this.inf = inf;
            this.folder = folder;
        }

        void run() {
            if (inf.encoding().isUtf8()) {
                add(InfRule.UTF8_ENCODING, 0, "The file is " + inf.encoding() + "; PnP reads INFs as ANSI or UTF-16LE, so save it as UTF-16LE with BOM.");
            }
            if (inf.kind() == InfKind.NOT_AN_INF) {
                return;
            }
            versionKeys();
            undefinedTokens();
            modelsSections();
            installSections();
            copyFilesListed();
            architectures();
            if (folder.isKnown()) {
                filesPresent();
                includes();
            }
        }

        void add(InfRule rule, int line, String message) {
            found.add(InfFinding.of(rule, line, message));
        }

        void versionKeys() {
            VersionSection v = inf.version();
            int versionLine = inf.section("Version").map(InfSection::line).orElse(0);
            boolean pnp = inf.kind() == InfKind.PNP_DRIVER || inf.section("Manufacturer").isPresent();
            requireKey(v.provider(), "Provider", versionLine);
            if (pnp) {
                requireKey(v.className(), "Class", versionLine);
                requireKey(v.classGuid(), "ClassGuid", versionLine);
            }
            if (inf.kind() != InfKind.TEMPLATE) {
                requireKey(v.driverVer(), "DriverVer", versionLine);
                if (v.catalogFiles().isEmpty()) {
                    add(InfRule.UNSIGNED, versionLine, "[Version] has no CatalogFile entry, so Windows treats the driver as unsigned and hides its DriverVer date.");
                }
            }
            if (v.pnpLockdown() == null) {
                add(InfRule.PNPLOCKDOWN_MISSING, versionLine, "[Version] does not set PnpLockdown; set PnpLockdown=1 so other installers cannot change the driver's files.");
            }
            if (v.provider() != null && v.provider().text().strip().equalsIgnoreCase("Microsoft")) {
                add(InfRule.PROVIDER_MICROSOFT, v.provider().line(), "Provider is \"Microsoft\"; only Microsoft's own INFs may say so, use the vendor's name.");
            }
        }

        void requireKey(InfValue value, String key, int versionLine) {
            if (value == null || value.text().isBlank()) {
                add(InfRule.VERSION_MISSING_KEY, value == null ? versionLine : value.line(), "[Version] " + (value == null ? "has no " + key + " entry." : key + " is empty."));
            }
        }

        void undefinedTokens() {
            Map<String, Integer> undefined = new LinkedHashMap<>();
            for (InfSection section : inf.sections()) {
                if (section.name().regionMatches(true, 0, "strings", 0, 7)) {
                    continue;
                }
                inf.strings().resolve(section.name(), InfStrings.DEFAULT_LANGUAGE, t -> undefined.putIfAbsent(t, section.line()));
                for (InfLine line : section.lines()) {
                    if (line.key() != null) {
                        inf.strings().resolve(line.key(), InfStrings.DEFAULT_LANGUAGE, t -> undefined.putIfAbsent(t, line.line()));
                    }
                    for (String value : line.values()) {
                        inf.strings().resolve(value, InfStrings.DEFAULT_LANGUAGE, t -> undefined.putIfAbsent(t, line.line()));
                    }
                }
            }
            undefined.forEach((token, line) -> add(InfRule.UNDEFINED_TOKEN, line,
                    "%" + token + "% is used on line " + line + " but no [Strings] section defines it; define it, or write %% for a literal %."));
        }

        void modelsSections() {
            for (ManufacturerEntry m : inf.manufacturers()) {
                for (ModelsSection s : m.sections()) {
                    if (s.state() == SectionState.ABSENT) {
                        add(InfRule.MODELS_SECTION_MISSING, m.line(), "[Manufacturer] line " + m.line() + " names the models section [" + s.name() + "], which does not exist.");
                    } else if (s.state() == SectionState.EMPTY) {
                        add(InfRule.MODELS_SECTION_EMPTY, m.line(), "[" + s.name() + "] is empty: the INF deliberately offers no devices for "
                                + (s.decoration() == null ? "undecorated (legacy x86)" : s.decoration().text()) + ".");
                    }
                }
            }
        }

        void installSections() {
            if (inf.kind() == InfKind.TEMPLATE) {
                return;
            }
            Set<String> reported = new HashSet<>();
            for (ModelEntry model : inf.models()) {
                if (inf.installSection(model).isEmpty() && reported.add(model.installSection().toLowerCase(Locale.ROOT) + model.platform())) {
                    add(InfRule.INSTALL_SECTION_MISSING, model.line(), "The model on line " + model.line() + " installs with [" + model.installSection()
                            + "], but no such section exists for " + model.platform().map(InfPlatform::word).orElse("its platform") + ".");
                }
            }
        }

        void copyFilesListed() {
            Set<String> listed = new HashSet<>();
            inf.sourceFiles().forEach(f -> listed.add(f.name().toLowerCase(Locale.ROOT)));
            Set<String> reported = new HashSet<>();
            for (InfValue file : inf.copyFiles()) {
                String name = file.text().toLowerCase(Locale.ROOT);
                if (!listed.contains(name) && reported.add(name)) {
                    add(InfRule.FILE_NOT_IN_SOURCEDISKSFILES, file.line(), file.text() + " is copied (line " + file.line()
                            + ") but has no [SourceDisksFiles] entry, so it is not part of the signed driver package.");
                }
            }
        }

        void architectures() {
            if (inf.kind() != InfKind.PNP_DRIVER) {
                return;
            }
            Set<InfPlatform> models = EnumSet.noneOf(InfPlatform.class);
            inf.models().forEach(m -> m.platform().ifPresent(models::add));
            Set<InfPlatform> specificFiles = EnumSet.noneOf(InfPlatform.class);
            boolean genericFiles = false;
            for (SourceFile f : inf.sourceFiles()) {
                if (f.platform() == null) {
                    genericFiles = true;
                } else {
                    specificFiles.add(f.platform());
                }
            }
            for (InfPlatform p : specificFiles) {
                if (!models.contains(p)) {
                    add(InfRule.ARCH_INCONSISTENT, 0, "[SourceDisksFiles." + p.word() + "] lists files, but no models section is decorated for " + p.word() + ".");
                }
            }
            if (!specificFiles.isEmpty() && !genericFiles) {
                for (InfPlatform p : models) {
                    if (!specificFiles.contains(p)) {
                        add(InfRule.ARCH_INCONSISTENT, 0, "Models are decorated for " + p.word() + ", but there is no [SourceDisksFiles." + p.word() + "] section.");
                    }
                }
            }
            Map<String, InfValue> catalogs = inf.version().catalogFiles();
            if (!catalogs.isEmpty() && !catalogs.containsKey("") && !catalogs.containsKey("nt")) {
                for (InfPlatform p : models) {
                    if (!catalogs.containsKey("nt" + p.word())) {
                        add(InfRule.ARCH_INCONSISTENT, inf.section("Version").map(InfSection::line).orElse(0),
                                "Models are decorated for " + p.word() + ", but no CatalogFile covers it (add CatalogFile.nt" + p.word() + " or an undecorated CatalogFile).");
                    }
                }
            }
        }

        void filesPresent() {
            Set<String> reported = new HashSet<>();
            for (InfValue catalog : inf.version().catalogFiles().values()) {
                if (!folder.exists(catalog.text()) && reported.add(catalog.text().toLowerCase(Locale.ROOT))) {
                    add(InfRule.FILE_ABSENT, catalog.line(), "The catalog " + catalog.text() + " named by CatalogFile is not in the driver's folder; Windows will treat the driver as unsigned.");
                }
            }
            for (SourceFile f : inf.sourceFiles()) {
                if (!folder.exists(f.relativePath()) && reported.add(f.relativePath().toLowerCase(Locale.ROOT))) {
                    add(InfRule.FILE_ABSENT, f.line(), f.name() + " (listed on line " + f.line() + ") is not in the driver's folder at " + f.relativePath() + ".");
                }
            }
        }

        void includes() {
            Set<String> neededFound = new HashSet<>();
            boolean allIncludesFound = true;
            for (InfValue include : inf.includes()) {
                var included = folder.include(include.text());
                if (included.isEmpty()) {
                    allIncludesFound = false;
                    add(InfRule.INCLUDE_NOT_FOUND, include.line(), "Include=" + include.text() + " is not beside this INF; recorded as a dependency on an inbox INF.");
                    continue;
                }
                List<String> chain = new ArrayList<>(List.of(inf.fileName()));
                if (loops(included.get(), chain)) {
                    add(InfRule.INCLUDE_LOOP, include.line(), "Include=" + include.text() + " leads back to itself: " + String.join(" -> ", chain) + ".");
                }
                included.get().sections().forEach(s -> neededFound.add(s.name().toLowerCase(Locale.ROOT)));
            }
            if (!allIncludesFound) {
                return;
            }
            for (InfValue needed : inf.needs()) {
                String name = needed.text().toLowerCase(Locale.ROOT);
                if (!neededFound.contains(name) && inf.section(needed.text()).isEmpty()) {
                    add(InfRule.NEEDS_SECTION_MISSING, needed.line(), "Needs=" + needed.text() + " names a section none of the included INFs has.");
                }
            }
        }

        /** Follows Include= through the folder; true when a file comes back. The chain is left holding the loop. */
        private boolean loops(InfFile included, List<String> chain) {
            String name = included.fileName();
            boolean seen = chain.stream().anyMatch(c -> c.equalsIgnoreCase(name));
            chain.add(name);
            if (seen) {
                return true;
            }
            for (InfValue next : included.includes()) {
                var nextFile = folder.include(next.text());
                if (nextFile.isPresent() && loops(nextFile.get(), chain)) {
                    return true;
                }
            }
            chain.remove(chain.size() - 1);
            return false;
        }
    }
}
