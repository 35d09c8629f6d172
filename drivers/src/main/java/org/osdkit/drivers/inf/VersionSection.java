package org.osdkit.drivers.inf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code [Version]} section as read: every value with its line, tokens substituted with the
 * default language. A key the INF lacks is {@code null}.
 *
 * @param signature    {@code $Windows NT$}, {@code $Chicago$} or {@code $Windows 95$} (any case)
 * @param className    setup class, e.g. {@code Net}
 * @param classGuid    setup class GUID
 * @param provider     provider name
 * @param driverVer    the DriverVer line's value as written
 * @param catalogFiles CatalogFile entries by decoration, lower case: {@code ""}, {@code nt}, {@code ntamd64} ...
 * @param pnpLockdown  PnpLockdown value
 */
public record VersionSection(InfValue signature, InfValue className, InfValue classGuid, InfValue provider, InfValue driverVer,
                             Map<String, InfValue> catalogFiles, InfValue pnpLockdown) {

    public static final VersionSection ABSENT = new VersionSection(null, null, null, null, null, Map.of(), null);

    public VersionSection {
        catalogFiles = Map.copyOf(catalogFiles);
    }

    /** True when the signature is one Windows accepts. */
    public boolean hasValidSignature() {
        return signature != null && isSignature(signature.text());
    }

    /**
     * {@code $Windows NT$}, {@code $Chicago$} (the Version section page's two) or {@code $Windows 95$}
     * (Windows 9x INFs, which setupapi still opens), in any case: {@code $CHICAGO$} is as valid as
     * {@code $Chicago$}.
     */
    public static boolean isSignature(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return s.equals("$windows nt$") || s.equals("$chicago$") || s.equals("$windows 95$");
    }

    /**
     * The catalog file that signs the driver on {@code platform}: the decorated entry for it (or
     * {@code .nt}), else the undecorated one.
     */
    public Optional<InfValue> catalogFor(InfPlatform platform) {
        InfValue decorated = catalogFiles.get("nt" + platform.word());
        if (decorated != null) {
            return Optional.of(decorated);
        }
        InfValue nt = catalogFiles.get("nt");
        return Optional.ofNullable(nt != null ? nt : catalogFiles.get(""));
    }

    /** True when a DCH extension or software-component INF: it extends a base driver instead of being one. */
    public boolean isExtensionOrComponent() {
        return className != null && (className.text().equalsIgnoreCase("Extension") || className.text().equalsIgnoreCase("SoftwareComponent"));
    }
}
