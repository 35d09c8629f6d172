package org.osdkit.logs.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: read text or files into lists of records and problems (public: the other packages' tests use them too). */
public final class Logs {

    /** Records and problems of one read. */
    public record Read(LogFormat format, List<LogRecord> records, List<ReadProblem> problems) {

        public List<LogRecord> entries() {
            return records.stream().filter(r -> !r.unparsed()).toList();
        }

        public List<LogRecord> unparsed() {
            return records.stream().filter(LogRecord::unparsed).toList();
        }

        public LogRecord only() {
            if (records.size() != 1) {
                throw new AssertionError("expected one record, got " + records.size() + ": " + records);
            }
            return records.get(0);
        }
    }

    /** The seed's smpmgr.log lines, written in the ConfigMgr 2007 site server layout (synthetic times). */
    public static final String SMPMGR = """
            Checking store for cleanup of failed or stale state stores...  $$<SMS_SMP_MANAGER><02-10-2009 10:15:01.123+060><thread=2724 (0xAA4)>
            Cleanup of store "E:\\SOURCES\\USMT\\SMPSTOREE_B2DE4AB0$\\FBC02D2321401636EFBD99756C5AAF338C3D018C06B9724EB56B409163928473" failed with errorcode (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.456+060><thread=2724 (0xAA4)>
            CheckAndDeleteSMPStores failed with error code (80004005)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.459+060><thread=2724 (0xAA4)>
            Failed to cleanup stores. (0x00000000)  $$<SMS_SMP_MANAGER><02-10-2009 10:15:02.460+060><thread=2724 (0xAA4)>
            """;

    private Logs() {
    }

    public static Read text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    }

    public static Read text(String text, ReadOptions options) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), options);
    }

    public static Read bytes(byte[] bytes, ReadOptions options) {
        List<ReadProblem> problems = new ArrayList<>();
        List<LogRecord> records = new ArrayList<>();
        try (LogStream s = LogReader.read("test.log", new ByteArrayInputStream(bytes), options, problems::add)) {
            s.forEachRemaining(records::add);
            return new Read(s.format(), records, problems);
        }
    }

    public static Read file(Path file) {
        List<ReadProblem> problems = new ArrayList<>();
        List<LogRecord> records = new ArrayList<>();
        try (LogStream s = LogReader.open(file, ReadOptions.defaults(), problems::add)) {
            s.forEachRemaining(records::add);
            return new Read(s.format(), records, problems);
        }
    }

    /** A test resource as a path (the corpora copied into test resources). */
    public static Path resource(String name) {
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

    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Every record {@code cursor} gives, in its order; the cursor is closed. */
    public static List<LogRecord> all(RecordCursor cursor) {
        List<LogRecord> out = new ArrayList<>();
        try (cursor) {
            cursor.forEachRemaining(out::add);
        }
        return out;
    }

    /** A CMTrace record with the given message and time attribute, CRLF-terminated. */
    public static String cm(String message, String time, String date) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + "\" date=\"" + date
                + "\" component=\"Comp\" context=\"\" type=\"1\" thread=\"42\" file=\"x.cpp:1\">\r\n";
    }
}
