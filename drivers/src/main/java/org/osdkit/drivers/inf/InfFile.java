package org.osdkit.drivers.inf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osdkit.core.OsTarget;
import org.osdkit.core.text.TextDecoder;

/**
 * A parsed INF file: its sections as Windows merges them, its strings, and what the driver declares
 * ([Version], [Manufacturer] and models, source files, includes). Parsing never throws on bad content:
 * problems become {@link #findings()} with line numbers and the parser goes on.
 */
public final class InfFile {

    /** Larger than any real INF (the biggest vendor INFs are a few MB); refused unread. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The code page ANSI INFs are read with unless the caller says otherwise. */
    public static final Charset DEFAULT_ANSI = TextDecoder.WINDOWS_1252;

    private final String source;
    private final InfEncoding encoding;
    private final List<InfSection> sections;
    private final Map<String, InfSection> byName;
    private final InfStrings strings;
    private final InfReader.Result read;
    private final List<InfFinding> findings;

    private InfFile(String source, InfEncoding encoding, List<InfSection> sections, List<InfFinding> parseFindings, boolean refused) {
        this.source = source;
        this.encoding = encoding;
        this.sections = List.copyOf(sections);
        this.byName = new HashMap<>();
        for (InfSection s : sections) {
            byName.put(InfSection.normalise(s.name()), s);
        }
        this.strings = InfStrings.of(sections);
        this.read = InfReader.read(this, isTemplateName(source), refused);
        List<InfFinding> all = new ArrayList<>(parseFindings);
        all.addAll(read.findings());
        this.findings = all.stream().map(f -> f.in(source)).toList();
    }

    /** Reads and parses a file; an unreadable file is an {@link UncheckedIOException}, bad content is findings. */
    public static InfFile parse(Path path) {
        return parse(path, DEFAULT_ANSI);
    }

    public static InfFile parse(Path path, Charset ansi) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return refused(path.toString(), InfRule.TOO_LARGE,
                        "The file is " + size + " bytes; no INF is larger than " + MAX_BYTES + ", so it was not read.");
            }
            return parse(Files.readAllBytes(path), path.toString(), ansi);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public static InfFile parse(byte[] bytes, String source) {
        return parse(bytes, source, DEFAULT_ANSI);
    }

    /** Parses bytes; {@code source} names the file in findings and tells a {@code .inx} template by its name. */
    public static InfFile parse(byte[] bytes, String source, Charset ansi) {
        if (bytes.length > MAX_BYTES) {
            return refused(source, InfRule.TOO_LARGE, "The content is " + bytes.length + " bytes; no INF is larger than " + MAX_BYTES + ".");
        }
        InfDecoder.Decoded decoded = InfDecoder.decode(bytes, ansi);
        List<InfFinding> findings = new ArrayList<>(decoded.findings());
        if (!looksLikeText(decoded.text())) {
            findings.add(InfFinding.of(InfRule.NOT_TEXT, 0, "The file holds binary data, not INF text; it was not parsed."));
            return new InfFile(source, decoded.encoding(), List.of(), findings, true);
        }
        List<InfSection> sections = InfLexer.lex(decoded.text(), findings);
        return new InfFile(source, decoded.encoding(), sections, findings, false);
    }

    private static InfFile refused(String source, InfRule rule, String message) {
        return new InfFile(source, InfEncoding.ASCII, List.of(), List.of(InfFinding.of(rule, 0, message)), true);
    }

    /**
     * Text has no NUL and few control characters in its first 4096 characters. The check ignores Ctrl-Z on
     * purpose: a binary file often has a 0x1A byte early, and would otherwise pass as an empty INF.
     */
    private static boolean looksLikeText(String text) {
        int n = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\u001A' || c == '\uFFFD') {
                control++;
            }
        }
        return control * 20 <= n;
    }

    private static boolean isTemplateName(String source) {
        return source.regionMatches(true, source.length() - 4, ".inx", 0, 4);
    }

    public String source() {
        return source;
    }

    /** The file name without folders, as catalogs show it. */
    public String fileName() {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    public InfEncoding encoding() {
        return encoding;
    }

    public List<InfSection> sections() {
        return sections;
    }

    /** The merged section of that name, ignoring case. */
    public Optional<InfSection> section(String name) {
        return Optional.ofNullable(byName.get(InfSection.normalise(name)));
    }

    public InfStrings strings() {
        return strings;
    }

    /** Parser findings and what reading the driver's declarations found; folder checks are in {@link InfLint}. */
    public List<InfFinding> findings() {
        return findings;
    }

    public InfKind kind() {
        return read.kind();
    }

    /** The stampinf placeholders found ({@code $ARCH$}, {@code INX_COMPANY} ...), empty for an installable INF. */
    public List<String> templatePlaceholders() {
        return read.placeholders();
    }

    public VersionSection version() {
        return read.version();
    }

    /** The [Version] DriverVer, parsed; {@link DriverVer#NONE} when missing or unreadable. */
    public DriverVer driverVer() {
        return read.driverVer();
    }

    public List<ManufacturerEntry> manufacturers() {
        return read.manufacturers();
    }

    /** Every model line of every models section, for every platform and OS. */
    public List<ModelEntry> models() {
        return read.manufacturers().stream().flatMap(m -> m.sections().stream()).flatMap(s -> s.entries().stream()).toList();
    }

    /** The model lines Windows would consider on {@code target}, honouring deliberate exclusions. */
    public List<ModelEntry> modelsFor(OsTarget target) {
        return read.manufacturers().stream().map(m -> m.sectionFor(target)).flatMap(Optional::stream)
                .flatMap(s -> s.entries().stream()).toList();
    }

    /** Files from [SourceDisksFiles] and its platform variants, resolved through [SourceDisksNames]. */
    public List<SourceFile> sourceFiles() {
        return read.sourceFiles();
    }

    /** {@code Include=} INFs, in order, as written. */
    public List<InfValue> includes() {
        return read.includes();
    }

    /** {@code Needs=} sections, in order, as written. */
    public List<InfValue> needs() {
        return read.needs();
    }

    /** Files named by CopyFiles directives (destination names, or source names where they differ). */
    public List<InfValue> copyFiles() {
        return read.copyFiles();
    }

    /** The DDInstall section Windows would use for {@code model} on its platform, if one exists. */
    public Optional<InstallSection> installSection(ModelEntry model) {
        return InstallSections.choose(this, model.installSection(), model.platform().orElse(InfPlatform.X86));
    }

    @Override
    public String toString() {
        return source + " (" + kind() + ", " + encoding + ")";
    }
}
