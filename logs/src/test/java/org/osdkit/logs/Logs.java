package org.osdkit.logs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: read text or files into lists of records and problems. */
final class Logs {

    /** Records and problems of one read. */
    record Read(LogFormat format, List<LogRecord> records, List<ReadProblem> problems) {

        List<LogRecord> entries() {
            return records.stream().filter(r -> !r.unparsed()).toList();
        }

        List<LogRecord> unparsed() {
            return records.stream().filter(LogRecord::unparsed).toList();
        }

        LogRecord only() {
            if (records.size() != 1) {
                throw new AssertionError("expected one record, got " + records.size() + ": " + records);
            }
            return records.get(0);
        }
    }

    private Logs() {
    }

    static Read text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    }

    static Read text(String text, ReadOptions options) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), options);
    }

    static Read bytes(byte[] bytes, ReadOptions options) {
        List<ReadProblem> problems = new ArrayList<>();
        List<LogRecord> records = new ArrayList<>();
        try (LogStream s = LogReader.read("test.log", new ByteArrayInputStream(bytes), options, problems::add)) {
            s.forEachRemaining(records::add);
            return new Read(s.format(), records, problems);
        }
    }

    static Read file(Path file) {
        List<ReadProblem> problems = new ArrayList<>();
        List<LogRecord> records = new ArrayList<>();
        try (LogStream s = LogReader.open(file, ReadOptions.defaults(), problems::add)) {
            s.forEachRemaining(records::add);
            return new Read(s.format(), records, problems);
        }
    }

    /** A test resource as a path (the corpora copied into test resources). */
    static Path resource(String name) {
        try {
            var url = Logs.class.getResource("/" + name);
            if (url == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** A CMTrace record with the given message and time attribute, CRLF-terminated. */
    static String cm(String message, String time, String date) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + "\" date=\"" + date
                + "\" component=\"Comp\" context=\"\" type=\"1\" thread=\"42\" file=\"x.cpp:1\">\r\n";
    }
}
