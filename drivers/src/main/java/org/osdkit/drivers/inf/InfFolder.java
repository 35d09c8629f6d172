package org.osdkit.drivers.inf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder an INF sits in, as the lint sees it: which files exist (names compared ignoring case, as
 * on Windows) and the INFs it may include. Paths never leave the folder, and links pointing outside
 * it count as absent.
 */
public final class InfFolder {

    /** No folder: file checks are skipped. */
    public static final InfFolder NONE = new InfFolder(null);

    private static final Pattern SEPARATORS = Pattern.compile("[\\\\/]");

    private final Path root;
    private final Map<Path, Map<String, Path>> listings = new HashMap<>();
    private final Map<String, Optional<InfFile>> includes = new HashMap<>();

    private InfFolder(Path root) {
        this.root = root;
    }

    public static InfFolder of(Path folder) {
        return new InfFolder(folder.toAbsolutePath().normalize());
    }

    public boolean isKnown() {
        return root != null;
    }

    /** The file at {@code relativePath} ({@code /} or {@code \} separated), matched ignoring case, if it exists inside the folder. */
    public Optional<Path> find(String relativePath) {
        if (root == null) {
            return Optional.empty();
        }
        Path current = root;
        for (String segment : SEPARATORS.split(relativePath)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                return Optional.empty();
            }
            Path next = listing(current).get(segment.toLowerCase(Locale.ROOT));
            if (next == null || !staysInside(next)) {
                return Optional.empty();
            }
            current = next;
        }
        return current.equals(root) ? Optional.empty() : Optional.of(current);
    }

    public boolean exists(String relativePath) {
        return find(relativePath).filter(Files::isRegularFile).isPresent();
    }

    /** The INF named by {@code Include=}, parsed once, if it is in this folder. */
    public Optional<InfFile> include(String fileName) {
        return includes.computeIfAbsent(fileName.toLowerCase(Locale.ROOT),
                k -> find(fileName).filter(Files::isRegularFile).map(InfFile::parse));
    }

    /** A link is followed only when its target stays inside the folder; anything else would let a source reach outside. */
    private boolean staysInside(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Map<String, Path> listing(Path dir) {
        return listings.computeIfAbsent(dir, d -> {
            Map<String, Path> entries = new HashMap<>();
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !d.equals(root)) {
                return entries;
            }
            try (Stream<Path> files = Files.list(d)) {
                files.forEach(p -> entries.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + d + ": " + e.getMessage(), e);
            }
            return entries;
        });
    }
}
