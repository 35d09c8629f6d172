package org.osdkit.sites.controlfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/**
 * A site control file ({@code sitectrl.ct0}) read losslessly: every byte is kept in its lines, so an
 * unchanged file renders back byte for byte. Parts osdkit cannot understand are kept verbatim and
 * listed as {@link #problems()}; such a file can be read and shown but never written back.
 */
public final class SiteControlFile {

    /** At most this many problems are listed one by one; the rest are counted. */
    public static final int MAX_LISTED_PROBLEMS = 100;

    private final String source;
    private final List<ScfLine> lines;
    private final List<ScfBlock> blocks;
    private final List<ScfProperty> properties;
    private final List<ScfRecord> records;
    private final List<ScfProblem> problems;
    private final SiteDefinition siteDefinition;
    // Rendering and hashing a 10 MB file costs tens of milliseconds; both are asked for several times per edit.
    private byte[] rendered;
    private String sha256;

    private SiteControlFile(String source, ScfParser.Parsed parsed) {
        this.source = source;
        this.lines = parsed.lines();
        this.blocks = parsed.blocks();
        this.properties = parsed.properties();
        this.records = parsed.records();
        this.problems = parsed.problems();
        this.siteDefinition = parsed.siteDefinition();
    }

    /** Reads and parses {@code file}; fails only when the file cannot be read at all. */
    public static SiteControlFile read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, "The site control file " + file + " does not exist.",
                    "Give the path of sitectrl.ct0 (in <install>\\Inboxes\\sitectrl.box).");
        } catch (IOException e) {
            throw new OsdkitException(SiteErrors.FILE_UNREADABLE, "Cannot read the site control file " + file + ": " + e.getMessage() + ".",
                    "Check that the file exists and this account may read it.", e);
        }
    }

    /** Parses the bytes of a site control file; {@code source} names it in messages. */
    public static SiteControlFile parse(byte[] bytes, String source) {
        return new SiteControlFile(source, ScfParser.parse(bytes));
    }

    public String source() {
        return source;
    }

    public List<ScfLine> lines() {
        return lines;
    }

    /** Top-level blocks in file order. */
    public List<ScfBlock> blocks() {
        return blocks;
    }

    /** {@code PROPERTY} lines outside any block (older files keep site-wide properties there), in file order. */
    public List<ScfProperty> properties() {
        return properties;
    }

    /** The top-level property called {@code name} (case-insensitive), when there is one. */
    public Optional<ScfProperty> property(String name) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Record lines other than {@code PROPERTY} outside any block ({@code ADDRESS}, {@code OUTBOX}, {@code SERVER} ...), in file order. */
    public List<ScfRecord> records() {
        return records;
    }

    /** The top-level records with {@code keyword} (case-insensitive), in file order. */
    public List<ScfRecord> records(String keyword) {
        return records.stream().filter(r -> r.keyword().equalsIgnoreCase(keyword)).toList();
    }

    /** Every block of {@code type} (case-insensitive) at any depth, in file order. */
    public List<ScfBlock> find(String type) {
        return blocks.stream().flatMap(b -> b.find(type).stream()).toList();
    }

    public List<ScfProblem> problems() {
        return problems;
    }

    public boolean fullyParsed() {
        return problems.isEmpty();
    }

    /** The site definition, when the file has exactly one that osdkit could read. */
    public Optional<SiteDefinition> siteDefinition() {
        return Optional.ofNullable(siteDefinition);
    }

    /** The file's first line when it is neither a block nor a record (the SMS 1.x {@code SITE CONTROL FILE [...]} header), else empty. */
    public String header() {
        if (lines.isEmpty() || lines.get(0).text().stripLeading().regionMatches(true, 0, "BEGIN_", 0, 6)
                || ScfParser.isTopLevelRecord(LineTokens.of(lines.get(0).text()))) {
            return "";
        }
        return lines.get(0).text();
    }

    /** The file rendered from its lines: identical to the bytes read, whatever they were. */
    public byte[] bytes() {
        return rendered().clone();
    }

    private synchronized byte[] rendered() {
        if (rendered == null) {
            rendered = ScfRendering.render(lines);
        }
        return rendered;
    }

    /**
     * The bytes to write back; refused when any part of the file was not understood, because a
     * site component aborts the rest of a file at its first bad record.
     */
    public byte[] writableBytes() {
        requireFullyParsed();
        return bytes();
    }

    /** Fails with {@link SiteErrors#SCF_UNPARSED} naming the first problems, unless the file parsed cleanly. */
    public void requireFullyParsed() {
        if (!problems.isEmpty()) {
            throw new OsdkitException(SiteErrors.SCF_UNPARSED,
                    source + " could not be fully parsed (" + describeProblems(5) + "); osdkit will not write it back.",
                    "Repair the file by hand or restore it from sitectrl.box\\history, then try again.");
        }
    }

    /** The first {@code max} problems as one line, with the count of the rest. */
    public String describeProblems(int max) {
        String listed = problems.stream().limit(max).map(ScfProblem::toString).collect(Collectors.joining("; "));
        return problems.size() > max ? listed + "; and " + (problems.size() - max) + " more" : listed;
    }

    /**
     * A copy of this file with the site name replaced: only the characters between the name's angle
     * brackets differ. The new name must already be valid: no {@code <}, {@code >} or line break (the
     * description use case checks its rules first).
     */
    public SiteControlFile withSiteName(String newName) {
        requireFullyParsed();
        SiteDefinition def = siteDefinition().orElseThrow(() -> new OsdkitException(SiteErrors.SCF_NO_SITE_DEFINITION,
                source + " has no site definition.", "Check that this is the site's sitectrl.ct0."));
        return parse(ScfRendering.replaceValue(lines, def.siteNameLine(), 0, newName), source);
    }

    /**
     * The byte offset in the file of the site name's first byte, for showing where an edit lands and
     * checking afterwards that no byte outside the name changed.
     */
    public long siteNameOffset() {
        SiteDefinition def = siteDefinition().orElseThrow(() -> new OsdkitException(SiteErrors.SCF_NO_SITE_DEFINITION,
                source + " has no site definition.", "Check that this is the site's sitectrl.ct0."));
        return ScfRendering.valueOffset(lines, def.siteNameLine(), 0);
    }

    /** The SHA-256 of {@link #bytes()} in hex. */
    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = ScfRendering.sha256(rendered());
        }
        return sha256;
    }

    @Override
    public String toString() {
        return source + " (" + lines.size() + " lines, " + problems.size() + " problems)";
    }
}
