package org.osdkit.drivers.inf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Chooses the DDInstall section for a platform by suffix and reads what ranking and warnings need from it. */
final class InstallSections {

    private static final int SERVICE_BOOT_START = 0;
    private static final Pattern NT_EXTENSION = Pattern.compile("(?i).*\\.nt(x86|amd64|ia64|arm64|arm)?(\\.[0-9.]*)?");

    private InstallSections() {
    }

    static Optional<InstallSection> choose(InfFile inf, String name, InfPlatform platform) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String[] candidates = {name + ".NT" + platform.word(), name + ".NT", name};
        for (String candidate : candidates) {
            Optional<InfSection> section = inf.section(candidate);
            if (section.isPresent()) {
                return Optional.of(describe(inf, section.get()));
            }
        }
        // Windows 10 DDInstall sections may carry an OS version after the platform (install.NTamd64.10.0...16299).
        String prefix = (name + ".NT" + platform.word() + ".").toLowerCase(Locale.ROOT);
        return inf.sections().stream().filter(s -> s.name().toLowerCase(Locale.ROOT).startsWith(prefix))
                .filter(s -> !isRelatedSection(s.name())).findFirst().map(s -> describe(inf, s));
    }

    /** {@code .Services}, {@code .HW} and friends belong to a DDInstall section but are not one. */
    private static boolean isRelatedSection(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".services", ".hw", ".coinstallers", ".interfaces", ".components", ".software", ".wdf", ".filters"}) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static InstallSection describe(InfFile inf, InfSection section) {
        boolean ntExtension = NT_EXTENSION.matcher(section.name()).matches();
        int featureScore = section.first("FeatureScore").map(l -> number(inf.strings().resolve(l.value())))
                .filter(v -> v >= 0 && v <= 0xFF).orElse(InstallSection.DEFAULT_FEATURE_SCORE);
        boolean bootStart = inf.section(section.name() + ".Services").stream()
                .flatMap(s -> s.all("AddService").stream())
                .map(l -> inf.strings().resolve(l.value(2)))
                .flatMap(serviceSection -> inf.section(serviceSection).stream())
                .flatMap(s -> s.first("StartType").stream())
                .anyMatch(l -> number(inf.strings().resolve(l.value())) == SERVICE_BOOT_START);
        return new InstallSection(section.name(), ntExtension, featureScore, bootStart);
    }

    /** A hex ({@code 0x..}) or decimal number, -1 when it is neither. */
    static int number(String text) {
        String t = text.strip();
        try {
            return t.regionMatches(true, 0, "0x", 0, 2) ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
