package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osdkit.core.OsdkitException;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfFolder;
import org.osdkit.drivers.inf.InfRule;
import org.osdkit.drivers.inf.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the INF drivers of a source folder into the catalog. Each driver is one transaction; a
 * driver already in the catalog is handled by the duplicate option; an INF that cannot be imported
 * is refused with its reason and the rest goes on. A re-import of an unchanged tree parses and hashes
 * nothing: INFs whose size and time (and their files') are as last imported are recognised as is.
 */
public final class ImportDrivers {

    private static final Logger LOG = LoggerFactory.getLogger(ImportDrivers.class);
    /** Cache rows are written in batches so a huge pack never holds them all in memory. */
    private static final int FLUSH_EVERY = 500;

    private final DriverCatalog catalog;
    private final ImportCache cache;
    private final AuditTrail audit;

    public ImportDrivers(DriverCatalog catalog, ImportCache cache, AuditTrail audit) {
        this.catalog = catalog;
        this.cache = cache;
        this.audit = audit;
    }

    public ImportReport run(ImportRequest request, ScanListener listener) {
        Instant started = audit.clock().instant();
        long startNanos = System.nanoTime();
        Path root = SourceTree.requireFolder(request.source());
        Run run = new Run(request, root);
        List<SourceTree.Folder> tree = SourceTree.walk(root);
        int done = 0;
        for (SourceTree.Folder folder : tree) {
            run.refusals(folder);
            if (!folder.infs().isEmpty()) {
                run.folder(folder);
                listener.folderDone(++done, tree.size(), folder.relativePath());
            } else {
                done++;
            }
        }
        run.flush();
        ImportReport report = new ImportReport(root, run.results, request.whatIf(), Duration.ofNanos(System.nanoTime() - startNanos));
        audit.record("drivers.import", root.toString(), null, report.summary() + " categories=" + request.categories()
                + " duplicates=" + request.duplicates(), request.whatIf() ? "what-if" : report.succeeded() ? "ok" : "failed: some drivers could not be imported");
        LOG.info("Import of {} started {}: {}", root, started, report.summary());
        return report;
    }

    /** The state of one import: what the catalog and cache knew at the start, and what it found. */
    private final class Run {
        final ImportRequest request;
        final Path root;
        final Map<String, FileDigest> digests;
        final Map<String, ImportCache.SourceInf> sources;
        final Map<String, Set<String>> known;
        final Map<String, FileDigest> newDigests = new HashMap<>();
        final List<ImportCache.SourceInf> newSources = new ArrayList<>();
        final List<ImportedInf> results = new ArrayList<>();
        final FileHasher hasher;

        Run(ImportRequest request, Path root) {
            this.request = request;
            this.root = root;
            String prefix = root.toString().endsWith(root.getFileSystem().getSeparator()) ? root.toString() : root + root.getFileSystem().getSeparator();
            this.digests = request.rehash() ? Map.of() : cache.digests(prefix);
            this.sources = request.rehash() ? Map.of() : cache.sourceInfs(prefix);
            this.known = new HashMap<>(catalog.categoriesByDriver());
            this.hasher = this::digest;
        }

        FileDigest digest(Path file) throws IOException {
            String key = file.toAbsolutePath().normalize().toString();
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            FileDigest cached = digests.get(key);
            if (cached == null) {
                cached = newDigests.get(key);
            }
            if (cached != null && cached.size() == attrs.size() && cached.modifiedMillis() == attrs.lastModifiedTime().toMillis()) {
                return cached;
            }
            FileDigest fresh = FileHasher.hash(file);
            newDigests.put(key, fresh);
            return fresh;
        }

        /** INFs behind links leaving the tree, and unreadable entries: refused and named, never followed. */
        void refusals(SourceTree.Folder folder) {
            for (InfFinding f : folder.findings()) {
                if (f.source().toLowerCase(Locale.ROOT).matches(".*\\.in[fx]") || f.rule() == InfRule.UNREADABLE) {
                    results.add(new ImportedInf(f.source(), ImportOutcome.REFUSED, null, f.source(), f.code() + ": " + f.message(), List.of(f)));
                }
            }
        }

        void folder(SourceTree.Folder folder) {
            InfFolder infFolder = InfFolder.of(folder.dir());
            for (Path path : folder.infs()) {
                String relative = SourceTree.relative(root, path);
                try {
                    results.add(inf(path, relative, infFolder));
                } catch (IOException | UncheckedIOException e) {
                    results.add(new ImportedInf(relative, ImportOutcome.FAILED, null, path.getFileName().toString(), "cannot read: " + e.getMessage(), List.of()));
                } catch (OsdkitException e) {
                    results.add(new ImportedInf(relative, ImportOutcome.FAILED, null, path.getFileName().toString(), e.code() + ": " + e.describe(), List.of()));
                } catch (RuntimeException e) {
                    // A driver the database refuses (a value too long for its column, a lost connection) is rolled
                    // back on its own; the rest of the import goes on.
                    LOG.warn("Importing {} failed", path, e);
                    results.add(new ImportedInf(relative, ImportOutcome.FAILED, null, path.getFileName().toString(),
                            "storing it failed and was rolled back: " + rootMessage(e), List.of()));
                }
                if (newSources.size() >= FLUSH_EVERY || newDigests.size() >= FLUSH_EVERY * 4) {
                    flush();
                }
            }
        }

        ImportedInf inf(Path path, String relative, InfFolder folder) throws IOException {
            String key = path.toAbsolutePath().normalize().toString();
            ImportCache.SourceInf previous = sources.get(key);
            if (previous != null && known.containsKey(previous.driverHash()) && previous.fingerprint().equals(fingerprint(path, previous.closure()))) {
                return new ImportedInf(relative, duplicate(previous.driverHash()), previous.driverHash(), path.getFileName().toString(), null, List.of());
            }
            ScanDriverSources.ParsedInf parsed = ScanDriverSources.parse(root, path, folder);
            List<InfFinding> shown = parsed.summary().findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            if (parsed.summary().findings().stream().anyMatch(f -> f.rule() == InfRule.AUTORUN)) {
                return new ImportedInf(relative, ImportOutcome.IGNORED, null, path.getFileName().toString(), "an autorun file, not a driver INF", List.of());
            }
            var blocker = parsed.summary().importBlocker();
            if (blocker.isPresent()) {
                return new ImportedInf(relative, ImportOutcome.REFUSED, null, path.getFileName().toString(), blocker.get(), shown);
            }
            DriverIdentity identity = DriverIdentity.compute(path, DriverIdentity.closure(parsed.inf(), folder), folder, hasher);
            DriverDetail detail = NewDriver.of(parsed.inf(), relative, identity, root, request.categories(), audit.actor().toString(), audit.clock().instant());
            String hash = identity.driverHash();
            List<String> closure = identity.files().subList(1, identity.files().size()).stream().map(DriverFile::relativePath).toList();
            ImportOutcome outcome;
            if (request.whatIf()) {
                outcome = known.containsKey(hash) ? ImportOutcome.UNCHANGED : ImportOutcome.IMPORTED;
            } else {
                outcome = known.containsKey(hash) ? duplicate(hash) : catalog.add(detail, request.duplicates());
                known.computeIfAbsent(hash, k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).addAll(request.categories());
                newSources.add(new ImportCache.SourceInf(key, hash, fingerprint(path, closure), closure));
            }
            return new ImportedInf(relative, outcome, hash, detail.driver().name(), null, shown);
        }

        /** A driver the catalog has: nothing to write unless the categories change. */
        ImportOutcome duplicate(String hash) {
            Set<String> current = known.get(hash);
            Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            wanted.addAll(request.categories());
            boolean unchanged = switch (request.duplicates()) {
                case SKIP -> true;
                case APPEND_CATEGORIES -> current.containsAll(wanted);
                case REPLACE_CATEGORIES -> current.equals(wanted);
            };
            if (unchanged || request.whatIf()) {
                return unchanged ? ImportOutcome.UNCHANGED : request.duplicates() == DuplicateOption.APPEND_CATEGORIES
                        ? ImportOutcome.CATEGORIES_APPENDED : ImportOutcome.CATEGORIES_REPLACED;
            }
            ImportOutcome outcome = catalog.categorize(hash, request.categories(), request.duplicates());
            if (request.duplicates() == DuplicateOption.REPLACE_CATEGORIES) {
                current.clear();
            }
            current.addAll(wanted);
            return outcome;
        }

        void flush() {
            if (request.whatIf()) {
                return;
            }
            cache.storeDigests(newDigests);
            cache.storeSourceInfs(newSources);
            newDigests.clear();
            newSources.clear();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Size and modification time of the INF and each closure file: equal means unchanged, without reading a byte. */
    static String fingerprint(Path inf, List<String> closure) {
        MessageDigest sha = FileHasher.sha256();
        Path folder = inf.getParent();
        sha.update(stat(inf).getBytes(StandardCharsets.UTF_8));
        for (String relative : closure) {
            sha.update(("\n" + relative.toLowerCase(Locale.ROOT) + "|" + stat(folder.resolve(relative))).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String stat(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
