package org.osdkit.drivers.inf;

/**
 * The DDInstall section Windows uses for a model on one platform, chosen by suffix:
 * {@code install.NTamd64} before {@code install.NT} before {@code install}.
 *
 * @param name         the section chosen
 * @param ntExtension  true when it carries an {@code .NT} platform extension, which lifts an unsigned driver's signature score
 * @param featureScore the first FeatureScore in it, 0xFF by default
 * @param bootStart    true when a service it adds starts at boot (StartType 0): a boot-critical driver
 */
public record InstallSection(String name, boolean ntExtension, int featureScore, boolean bootStart) {

    /** Windows' feature score when an INF sets none. */
    public static final int DEFAULT_FEATURE_SCORE = 0xFF;
}
