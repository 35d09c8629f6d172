package org.osdkit.drivers.catalog;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.Architecture;
import org.osdkit.drivers.inf.DriverVer;
import org.osdkit.drivers.inf.InfEncoding;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfKind;
import org.osdkit.drivers.inf.InfPlatform;
import org.osdkit.drivers.inf.InfRule;
import org.osdkit.drivers.inf.InfValue;
import org.osdkit.drivers.inf.ModelEntry;
import org.osdkit.drivers.inf.ModelsSection;
import org.osdkit.drivers.inf.SectionState;

/**
 * What a source scan keeps of one INF: a summary, not the parsed file, so a scan of ten thousand INFs
 * stays small in memory.
 *
 * @param relativePath  the INF's path relative to the scanned root, {@code /}-separated
 * @param kind          driver, template or not an INF
 * @param encoding      how the file was encoded
 * @param provider      [Version] Provider, or {@code null}
 * @param className     [Version] Class, or {@code null}
 * @param driverVer     [Version] DriverVer
 * @param models        models lines for every platform
 * @param hardwareIds   distinct hardware IDs of the models lines, first spelling kept, in file order (lines naming only compatible IDs add none)
 * @param platforms     decorations of models sections offering devices ({@code "(undecorated)"} for none)
 * @param architectures architectures the models serve
 * @param catalogs      CatalogFile entries declared
 * @param findings      parser and lint findings
 * @param identity      the driver's identity, when the scan was asked to hash
 */
public record ScannedInf(String relativePath, InfKind kind, InfEncoding encoding, String provider, String className, DriverVer driverVer,
                         int models, List<String> hardwareIds, List<String> platforms, Set<Architecture> architectures, List<String> catalogs,
                         List<InfFinding> findings, Optional<DriverIdentity> identity) {

    /** Findings that make a driver unusable: the catalog refuses it rather than import a broken driver. */
    private static final Set<InfRule> BLOCKING = EnumSet.of(InfRule.NOT_TEXT, InfRule.TOO_LARGE, InfRule.TRUNCATED_UTF16,
            InfRule.DAMAGED_ENCODING, InfRule.NO_VERSION, InfRule.BAD_SIGNATURE, InfRule.FILE_ABSENT, InfRule.PATH_ESCAPES,
            InfRule.INCLUDE_LOOP, InfRule.UNREADABLE, InfRule.VALUE_TOO_LONG);

    public ScannedInf {
        hardwareIds = List.copyOf(hardwareIds);
        platforms = List.copyOf(platforms);
        architectures = architectures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(architectures));
        catalogs = List.copyOf(catalogs);
        findings = List.copyOf(findings);
    }

    /** Summarises a parsed INF. */
    public static ScannedInf of(String relativePath, InfFile inf, List<InfFinding> findings, Optional<DriverIdentity> identity) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<Architecture> architectures = EnumSet.noneOf(Architecture.class);
        for (ModelEntry m : inf.models()) {
            if (!m.hardwareId().isEmpty()) {
                ids.putIfAbsent(m.hardwareId().toUpperCase(Locale.ROOT), m.hardwareId());
            }
            m.platform().flatMap(InfPlatform::architecture).ifPresent(architectures::add);
        }
        List<String> platforms = inf.manufacturers().stream().flatMap(m -> m.sections().stream())
                .filter(s -> s.state() == SectionState.PRESENT)
                .map(ModelsSection::decoration).map(d -> d == null ? "(undecorated)" : d.text()).distinct().toList();
        return new ScannedInf(relativePath, inf.kind(), inf.encoding(), text(inf.version().provider()), text(inf.version().className()), inf.driverVer(),
                inf.models().size(), List.copyOf(ids.values()), platforms, architectures,
                inf.version().catalogFiles().values().stream().map(InfValue::text).toList(), findings, identity);
    }

    private static String text(InfValue value) {
        return value == null ? null : value.text();
    }

    /** Why this INF cannot go into the catalog, or empty when it can. */
    public Optional<String> importBlocker() {
        if (kind == InfKind.TEMPLATE) {
            return Optional.of("a stampinf template, not an installable driver");
        }
        if (kind == InfKind.NOT_AN_INF) {
            return Optional.of(findings.stream().filter(f -> BLOCKING.contains(f.rule())).findFirst()
                    .map(f -> "not a driver INF: " + f.code() + ": " + f.message()).orElse("not a driver INF"));
        }
        return findings.stream().filter(f -> BLOCKING.contains(f.rule())).findFirst().map(f -> f.code() + ": " + f.message());
    }
}
