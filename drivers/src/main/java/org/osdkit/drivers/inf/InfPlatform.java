package org.osdkit.drivers.inf;

import java.util.Locale;
import java.util.Optional;
import org.osdkit.core.Architecture;

/** A processor platform as INF decorations name it ({@code NTamd64}, {@code SourceDisksFiles.arm64}). */
public enum InfPlatform {
    X86("x86", Architecture.X86),
    AMD64("amd64", Architecture.X64),
    IA64("ia64", null),
    ARM("arm", null),
    ARM64("arm64", Architecture.ARM64);

    private final String word;
    private final Architecture architecture;

    InfPlatform(String word, Architecture architecture) {
        this.word = word;
        this.architecture = architecture;
    }

    /** The word in decorations, lower case. */
    public String word() {
        return word;
    }

    /** The architecture osdkit targets, empty for Itanium and 32-bit ARM which no deployment uses any more. */
    public Optional<Architecture> architecture() {
        return Optional.ofNullable(architecture);
    }

    /** The platform named by a decoration word in any case, or empty when it is not one. */
    public static Optional<InfPlatform> parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (InfPlatform p : values()) {
            if (p.word.equals(w)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
