package org.osdkit.logs.read;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;

/**
 * Expands what an admin names on the command line (files, folders, globs like {@code C:\Logs\CAS*})
 * into log files grouped per log, each log's generations oldest first ({@code .lo_} before {@code .log}).
 */
public final class LogInputs {

    private LogInputs() {
    }

    /** The files of {@code inputs} in reading order; folders are scanned one level deep unless {@code recursive}. */
    public static List<LogFile> expand(List<String> inputs, boolean recursive) {
        List<LogFile> files = new ArrayList<>();
        for (String input : inputs) {
            files.addAll(expandOne(input, recursive));
        }
        return files;
    }

    /**
     * As {@link #expand(List, boolean)}, but an input that names nothing (a missing path, an empty
     * folder, a glob matching no file) is reported to {@code problems} with
     * {@link LogsErrors#INPUT_NOT_FOUND} and the other inputs are still expanded.
     */
    public static List<LogFile> expand(List<String> inputs, boolean recursive, Consumer<ReadProblem> problems) {
        List<LogFile> files = new ArrayList<>();
        for (String input : inputs) {
            try {
                files.addAll(expandOne(input, recursive));
            } catch (OsdkitException e) {
                problems.accept(new ReadProblem(input, 0, e.code(), e.getMessage()));
            }
        }
        return files;
    }

    /** The files grouped per log ({@link LogFile#logKey()}), generations oldest first, in first-seen order. */
    public static Map<String, List<LogFile>> byLog(List<LogFile> files) {
        Map<String, List<LogFile>> logs = new LinkedHashMap<>();
        for (LogFile f : files) {
            logs.computeIfAbsent(f.logKey(), k -> new ArrayList<>()).add(f);
        }
        logs.values().forEach(list -> list.sort(Comparator.comparing(LogFile::generationKey)));
        return logs;
    }

    private static List<LogFile> expandOne(String input, boolean recursive) {
        if (input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) {
            return glob(input);
        }
        Path path = Path.of(input);
        if (Files.isRegularFile(path)) {
            return List.of(LogFile.of(path));
        }
        if (Files.isDirectory(path)) {
            List<LogFile> found = ordered(walk(path, recursive ? Integer.MAX_VALUE : 1).filter(LogFile::looksLikeLog));
            if (found.isEmpty()) {
                throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "Folder " + input + " holds no .log or .lo_ files"
                        + (recursive ? "." : " (sub-folders not searched)."), recursive ? "Name the files directly." : "Add --recurse to search sub-folders.");
            }
            return found;
        }
        throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "No such file or folder: " + input + ".",
                "Check the path; quote globs so the shell does not expand them.");
    }

    private static List<LogFile> glob(String pattern) {
        String normalized = pattern.replace('\\', '/');
        int firstGlob = indexOfGlob(normalized);
        int slash = normalized.lastIndexOf('/', firstGlob);
        Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : normalized.substring(0, slash));
        String rest = normalized.substring(slash + 1);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : (int) rest.chars().filter(c -> c == '/').count() + 1;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        if (!Files.isDirectory(base)) {
            throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "No such folder " + base + " for " + pattern + ".", "Check the path.");
        }
        Path root = base;
        List<LogFile> found = ordered(walk(base, depth).filter(p -> matcher.matches(root.relativize(p))));
        if (found.isEmpty()) {
            throw new OsdkitException(LogsErrors.INPUT_NOT_FOUND, "No file matches " + pattern + ".", "Check the pattern.");
        }
        return found;
    }

    private static int indexOfGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return s.length();
    }

    private static Stream<Path> walk(Path dir, int depth) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new OsdkitException(LogsErrors.FILE_UNREADABLE, "Cannot list folder " + dir + ": " + e.getMessage() + ".",
                    "Check permissions.", e);
        }
    }

    /** Per folder, per log name (case-insensitive), generations oldest first. */
    private static List<LogFile> ordered(Stream<Path> paths) {
        return paths.map(LogFile::of)
                .sorted(Comparator.comparing((LogFile f) -> String.valueOf(f.path().getParent()))
                        .thenComparing(f -> f.logName().toLowerCase(Locale.ROOT))
                        .thenComparing(LogFile::generationKey))
                .toList();
    }
}
