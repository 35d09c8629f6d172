package org.osdkit.sites.controlfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a site control file tolerantly: every line is kept, blocks are matched, and whatever does not
 * fit the format becomes a problem with its line number instead of an exception. Older files (the
 * SMS resource guide's sample shape) also carry {@code PROPERTY}, {@code ADDRESS}, {@code OUTBOX},
 * {@code SERVER} and the other documented single-line records at the top level, outside any block.
 */
final class ScfParser {

    /**
     * The single-line record keywords the format documents, the only ones read at the top level: any
     * other word there is still a problem, so a stray line never passes for a record.
     */
    static final Set<String> TOP_LEVEL_RECORDS = Set.of("PROPERTY", "ADDRESS", "OUTBOX", "SERVER", "LOGONSERVER", "TRANSACTION",
            "SITE_KEY_FLAGS", "TARGET_PLATFORM");

    /** A NUL in the first bytes means a binary file: no point in listing every line as a problem. */
    private static final int BINARY_PROBE = 8192;

    private final List<ScfLine> lines;
    private final List<ScfProblem> problems = new ArrayList<>();
    private int unlistedProblems;
    private final List<ScfBlock> topLevel = new ArrayList<>();
    private final List<ScfProperty> topProperties = new ArrayList<>();
    private final List<ScfRecord> topRecords = new ArrayList<>();
    private final Deque<BlockBuilder> open = new ArrayDeque<>();

    private ScfParser(List<ScfLine> lines) {
        this.lines = lines;
    }

    /**
     * What the parser found; {@link SiteControlFile} wraps it.
     *
     * @param lines          every line, byte for byte
     * @param blocks         top-level blocks
     * @param properties     {@code PROPERTY} lines outside any block
     * @param records        other record lines outside any block
     * @param problems       what could not be understood
     * @param siteDefinition the one readable site definition, or {@code null}
     */
    record Parsed(List<ScfLine> lines, List<ScfBlock> blocks, List<ScfProperty> properties, List<ScfRecord> records,
                  List<ScfProblem> problems, SiteDefinition siteDefinition) {

        public Parsed {
            lines = List.copyOf(lines);
            blocks = List.copyOf(blocks);
            properties = List.copyOf(properties);
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    public static Parsed parse(byte[] bytes) {
        ScfParser parser = new ScfParser(split(bytes));
        parser.run(bytes);
        List<ScfProblem> problems = new ArrayList<>(parser.problems);
        SiteDefinition definition = SiteDefinitionReader.read(parser.topLevel, problems::add);
        if (parser.unlistedProblems > 0) {
            problems.add(new ScfProblem(0, parser.unlistedProblems + " more problems not listed"));
        }
        return new Parsed(parser.lines, parser.topLevel, parser.topProperties, parser.topRecords, problems, definition);
    }

    static List<ScfLine> split(byte[] bytes) {
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        List<ScfLine> lines = new ArrayList<>();
        int start = 0;
        int n = all.length();
        int number = 1;
        for (int i = 0; i < n; i++) {
            char c = all.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < n && all.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                String terminator = end - i == 2 ? "\r\n" : c == '\n' ? "\n" : "\r";
                lines.add(new ScfLine(number++, all.substring(start, i), terminator));
                i = end - 1;
                start = end;
            }
        }
        if (start < n) {
            lines.add(new ScfLine(number, all.substring(start), ""));
        }
        return lines;
    }

    private void run(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                problem(0, "binary content (a NUL byte at offset " + i + "): this is not a site control file");
                return;
            }
        }
        for (ScfLine line : lines) {
            read(line);
        }
        while (!open.isEmpty()) {
            BlockBuilder unclosed = open.peek();
            problem(unclosed.beginLine, "BEGIN_" + unclosed.type + " is never closed with END_" + unclosed.type + " (file truncated?)");
            close(0);
        }
    }

    private void read(ScfLine line) {
        String text = line.text();
        int control = firstControlCharacter(text);
        if (control >= 0) {
            problem(line.number(), "control character " + LineTokens.printable(String.valueOf(text.charAt(control)))
                    + " at column " + (control + 1) + " (binary or damaged file?)");
            return;
        }
        String stripped = text.strip();
        if (line.number() == 1 && stripped.startsWith("\u00EF\u00BB\u00BF")) {
            stripped = stripped.substring(3);
        }
        if (stripped.isEmpty()) {
            return;
        }
        if (stripped.regionMatches(true, 0, "BEGIN_", 0, 6) && isWord(stripped, 6)) {
            open.push(new BlockBuilder(stripped.substring(6), line.number()));
            return;
        }
        if (stripped.regionMatches(true, 0, "END_", 0, 4) && isWord(stripped, 4)) {
            end(stripped.substring(4), line.number());
            return;
        }
        LineTokens tokens = LineTokens.of(text);
        if (line.number() == 1 && !isTopLevelRecord(tokens)) {
            return; // the opaque header line (SMS 1.x: SITE CONTROL FILE [build][syntax])
        }
        if (tokens.error() != null) {
            problem(line.number(), tokens.error());
            return;
        }
        BlockBuilder block = open.peek();
        if (block == null && !isTopLevelRecord(tokens)) {
            problem(line.number(), "text outside any BEGIN_/END_ block: \"" + LineTokens.printable(abbreviate(stripped)) + "\""
                    + (tokens.keyword() == null ? "" : " (" + tokens.keyword() + " is no record the format allows at the top level)"));
            return;
        }
        List<ScfProperty> properties = block == null ? topProperties : block.properties;
        List<ScfRecord> records = block == null ? topRecords : block.records;
        List<String> fields = new ArrayList<>(tokens.fields().size());
        for (LineTokens.Field field : tokens.fields()) {
            fields.add(field.text());
        }
        if (tokens.keyword() == null) {
            if (fields.size() != 1) {
                problem(line.number(), "a positional line holds one <value>, this one holds " + fields.size());
                return;
            }
            block.values.add(new ScfValue(line.number(), fields.get(0)));
        } else if (tokens.keyword().equalsIgnoreCase("PROPERTY")) {
            if (fields.size() != 4) {
                problem(line.number(), "PROPERTY needs four fields <name><value1><value2><number>, found " + fields.size());
                return;
            }
            properties.add(new ScfProperty(line.number(), fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
        } else if (tokens.keyword().regionMatches(true, 0, "BEGIN_", 0, 6) || tokens.keyword().regionMatches(true, 0, "END_", 0, 4)) {
            problem(line.number(), tokens.keyword() + " must stand alone on its line");
        } else {
            records.add(new ScfRecord(line.number(), tokens.keyword(), fields));
        }
    }

    /** True for a readable line starting with one of {@link #TOP_LEVEL_RECORDS} (its fields are checked as inside a block). */
    static boolean isTopLevelRecord(LineTokens tokens) {
        if (tokens.error() != null || tokens.keyword() == null) {
            return false;
        }
        String keyword = tokens.keyword().toUpperCase(Locale.ROOT);
        return TOP_LEVEL_RECORDS.contains(keyword);
    }

    private void end(String type, int line) {
        boolean known = open.stream().anyMatch(b -> b.type.equalsIgnoreCase(type));
        if (!known) {
            problem(line, "END_" + type + " without a matching BEGIN_" + type);
            return;
        }
        while (!open.peek().type.equalsIgnoreCase(type)) {
            BlockBuilder inner = open.peek();
            problem(line, "END_" + type + " closes BEGIN_" + type + " while BEGIN_" + inner.type + " from line " + inner.beginLine + " is still open");
            close(0);
        }
        close(line);
    }

    private void close(int endLine) {
        BlockBuilder done = open.pop();
        ScfBlock block = new ScfBlock(done.type, done.beginLine, endLine, done.values, done.properties, done.records, done.children);
        if (open.isEmpty()) {
            topLevel.add(block);
        } else {
            open.peek().children.add(block);
        }
    }

    private void problem(int line, String message) {
        if (problems.size() < SiteControlFile.MAX_LISTED_PROBLEMS) {
            problems.add(new ScfProblem(line, message));
        } else {
            unlistedProblems++;
        }
    }

    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWord(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static final class BlockBuilder {
        final String type;
        final int beginLine;
        final List<ScfValue> values = new ArrayList<>();
        final List<ScfProperty> properties = new ArrayList<>();
        final List<ScfRecord> records = new ArrayList<>();
        final List<ScfBlock> children = new ArrayList<>();

        BlockBuilder(String type, int beginLine) {
            this.type = type;
            this.beginLine = beginLine;
        }
    }
}
