package org.osdkit.drivers.inf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The real INF corpora copied into test resources (see their PROVENANCE.txt). */
public final class Corpus {

    public static final Path ROOT = Path.of("src/test/resources/corpus");
    public static final Path WDS = ROOT.resolve("Windows-driver-samples");
    public static final Path VIRTIO = ROOT.resolve("kvm-guest-drivers-windows");

    private Corpus() {
    }

    /** Every .inf and .inx file (any case) under {@code root}, sorted. */
    public static List<Path> infs(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".inf") || n.endsWith(".inx");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String relative) {
        return ROOT.resolve(relative);
    }
}
