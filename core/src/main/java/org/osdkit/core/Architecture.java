package org.osdkit.core;

import java.util.Locale;

/** A Windows processor architecture as driver packages and INF decorations know it. */
public enum Architecture {
    X86("x86", "x86"),
    X64("x64", "amd64"),
    ARM64("arm64", "arm64");

    private final String label;
    private final String infPlatform;

    Architecture(String label, String infPlatform) {
        this.label = label;
        this.infPlatform = infPlatform;
    }

    /** The name admins use in package names and folders: x86, x64, arm64. */
    public String label() {
        return label;
    }

    /** The platform word in INF decorations such as {@code NTamd64}. */
    public String infPlatform() {
        return infPlatform;
    }

    /** Accepts the labels, the INF words and common aliases (i386, amd64, x86_64, aarch64), in any case. */
    public static Architecture parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "x86", "i386", "i686", "32-bit", "32bit" -> X86;
            case "x64", "amd64", "x86_64", "x86-64", "64-bit", "64bit" -> X64;
            case "arm64", "aarch64" -> ARM64;
            default -> throw new OsdkitException(CoreErrors.INVALID_ARCHITECTURE,
                    "\"" + text + "\" is not an architecture; use x86, x64 or arm64.");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
