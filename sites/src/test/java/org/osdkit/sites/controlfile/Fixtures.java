package org.osdkit.sites.controlfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The synthetic site control files under {@code src/test/resources/org/osdkit/sites/scf}. */
public final class Fixtures {

    static final List<String> CLEAN = List.of("cm2007-secondary-se1.ct0", "cm2007-primary-pr1.ct0", "sms2003-secondary-se2.ct0",
            "sms2003-top-level-records-se4.ct0", "cm2012-ps1.ct0", "no-version-se3.ct0", "large-primary-cen.ct0");
    static final List<String> BROKEN = List.of("broken/truncated.ct0", "broken/unbalanced.ct0", "broken/angle-in-value.ct0",
            "broken/duplicate-site-definition.ct0", "broken/kb-sample-malformed.ct0");

    private Fixtures() {
    }

    static java.util.stream.Stream<String> cleanNames() {
        return CLEAN.stream();
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/osdkit/sites/scf/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture scf/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SiteControlFile parse(String name) {
        return SiteControlFile.parse(bytes(name), name);
    }

    /**
     * A ConfigMgr 2007 style site tree under {@code root}: {@code Inboxes/SiteCtrl.box/sitectrl.ct0}
     * (from fixture {@code name}), an empty {@code incoming} and a {@code history} folder.
     */
    public static Path siteTree(Path root, String name) {
        try {
            Path box = root.resolve("Inboxes").resolve("SiteCtrl.box");
            Files.createDirectories(box.resolve("incoming"));
            Files.createDirectories(box.resolve("history"));
            Path file = box.resolve("sitectrl.ct0");
            Files.write(file, bytes(name));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
