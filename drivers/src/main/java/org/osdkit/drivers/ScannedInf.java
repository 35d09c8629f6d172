package org.osdkit.drivers;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.Architecture;
import org.osdkit.core.OsTarget;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.InfPlatform;
import org.osdkit.drivers.inf.InfRule;
import org.osdkit.drivers.inf.ModelEntry;
import org.osdkit.drivers.inf.ModelsSection;
import org.osdkit.drivers.inf.SectionState;

/**
 * One INF found by a source scan, parsed and linted against its folder.
 *
 * @param relativePath the INF's path relative to the scanned root, {@code /}-separated
 * @param inf          the parsed file
 * @param findings     parser and lint findings
 */
public record ScannedInf(String relativePath, InfFile inf, List<InfFinding> findings) {

    /** Findings that make a driver unusable: the catalog refuses it rather than import a broken driver. */
    private static final Set<InfRule> BLOCKING = EnumSet.of(InfRule.NOT_TEXT, InfRule.TOO_LARGE, InfRule.TRUNCATED_UTF16,
            InfRule.DAMAGED_ENCODING, InfRule.NO_VERSION, InfRule.BAD_SIGNATURE, InfRule.FILE_ABSENT, InfRule.PATH_ESCAPES,
            InfRule.INCLUDE_LOOP, InfRule.UNREADABLE);

    public ScannedInf {
        findings = List.copyOf(findings);
    }

    public InfKind kind() {
        return inf.kind();
    }

    /** Why this INF cannot go into the catalog, or empty when it can. */
    public Optional<String> importBlocker() {
        if (inf.kind() == InfKind.TEMPLATE) {
            return Optional.of("a stampinf template, not an installable driver");
        }
        if (inf.kind() == InfKind.NOT_AN_INF) {
            return Optional.of(findings.stream().filter(f -> BLOCKING.contains(f.rule())).findFirst()
                    .map(f -> "not a driver INF: " + f.code() + ": " + f.message()).orElse("not a driver INF"));
        }
        return findings.stream().filter(f -> BLOCKING.contains(f.rule())).findFirst().map(f -> f.code() + ": " + f.message());
    }

    /** Distinct hardware and compatible IDs of every models entry, first spelling kept, in file order. */
    public List<String> hardwareIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (ModelEntry m : inf.models()) {
            ids.putIfAbsent(m.hardwareId().toUpperCase(Locale.ROOT), m.hardwareId());
        }
        return List.copyOf(ids.values());
    }

    /** The decorations that offer devices (empty sections excluded), or {@code "(undecorated)"}. */
    public List<String> platforms() {
        return inf.manufacturers().stream().flatMap(m -> m.sections().stream())
                .filter(s -> s.state() == SectionState.PRESENT)
                .map(ModelsSection::decoration).map(d -> d == null ? "(undecorated)" : d.text()).distinct().toList();
    }

    /** The architectures any models section serves. */
    public Set<Architecture> architectures() {
        Set<Architecture> out = EnumSet.noneOf(Architecture.class);
        inf.models().forEach(m -> m.platform().flatMap(InfPlatform::architecture).ifPresent(out::add));
        return out;
    }

    /** True when Windows would find at least one device line for {@code target}. */
    public boolean appliesTo(OsTarget target) {
        return !inf.modelsFor(target).isEmpty();
    }

    /** A catalog file is declared for some platform; whether it is present is a lint finding. */
    public boolean declaresCatalog() {
        return !inf.version().catalogFiles().isEmpty();
    }
}
