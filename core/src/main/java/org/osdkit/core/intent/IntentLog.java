package org.osdkit.core.intent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * An append-only file of {@link Intent}s, one JSON object a line. {@link #append} returns only once the
 * line is on the disk ({@link FileChannel#force}): a process killed right after still leaves it, whatever
 * its database kept. The file is the workspace's, shared by every osdkit process on it: appends and
 * rewrites hold a lock file beside it ({@code <name>.lock}), and a torn last line (a kill in the middle of
 * a write) is skipped when read. {@link #retire} rewrites the file without the intents a use case has
 * reconciled, through a synced temporary file and a rename, so the file stays small.
 *
 * <p>What it does not do: decide anything. The use case that writes an intent reads it back and
 * compares it with its database.
 */
public final class IntentLog {

    private static final System.Logger LOG = System.getLogger(IntentLog.class.getName());
    /** One lock for the JVM: a FileLock is per process, and two threads of one process must not interleave. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;

    private IntentLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The intent file {@code file} (created with its folder on the first append). */
    public static IntentLog at(Path file) {
        return new IntentLog(Objects.requireNonNull(file, "file").toAbsolutePath(), Clock.systemUTC());
    }

    /**
     * An intent file named {@code name} in {@code folder}, e.g. a workspace's
     * {@link org.osdkit.core.workspace.Workspace#intentFolder()}.
     */
    public static IntentLog in(Path folder, String name) {
        return at(folder.resolve(name + ".intents"));
    }

    /**
     * A log that keeps nothing: for a database that is durable on its own (PostgreSQL) or thrown away
     * (in memory), where nothing needs reconciling.
     */
    public static IntentLog none() {
        return new IntentLog(null, Clock.systemUTC());
    }

    /** The file, or {@code null} for {@link #none()}. */
    public Path file() {
        return file;
    }

    /**
     * Writes one intent and syncs it to the disk before returning.
     *
     * @throws OsdkitException {@link CoreErrors#INTENT_WRITE_FAILED} naming the file when it cannot be
     *                         written: the caller must then not start the step it announced
     */
    public Intent append(String kind, String key, JsonNode body) {
        Intent intent = new Intent(kind, key, IntentWriter.current(), clock.instant(), body);
        ObjectNode line = JSON.createObjectNode();
        line.put("kind", kind).put("key", key).put("pid", intent.writer().pid()).put("started", intent.writer().startMillis())
                .put("at", intent.at().toString()).set("body", body);
        byte[] bytes = (toJson(line) + "\n").getBytes(StandardCharsets.UTF_8);
        if (file == null) {
            return intent;
        }
        locked(() -> {
            boolean created = !Files.exists(file);
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                // After a write cut short by a kill the file ends mid-line: start a new line, or this intent would be lost with that one.
                long end = out.size();
                ByteBuffer last = ByteBuffer.allocate(1);
                boolean torn = end > 0 && out.read(last, end - 1) == 1 && last.get(0) != '\n';
                out.position(end);
                if (torn) {
                    out.write(ByteBuffer.wrap(new byte[] {'\n'}));
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            if (created) {
                syncFolder();
            }
            return null;
        });
        return intent;
    }

    /** Every intent in the file, oldest first; a line that cannot be read (a torn last write) is skipped. */
    public List<Intent> read() {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        return locked(this::readUnlocked);
    }

    /**
     * Rewrites the file without the intents {@code done} accepts (the file is removed when none is left).
     *
     * @return how many were retired
     */
    public int retire(Predicate<Intent> done) {
        return retireSeeing(all -> done);
    }

    /**
     * As {@link #retire}, for a use case whose intents supersede one another: {@code chooser} is given every
     * intent of the file as read under the lock (oldest first) and returns which of them to retire, so an
     * intent appended by another process in the meantime is judged too, never dropped unseen.
     *
     * @return how many were retired
     */
    public int retireSeeing(Function<List<Intent>, Predicate<Intent>> chooser) {
        if (file == null || !Files.exists(file)) {
            return 0;
        }
        return locked(() -> {
            List<Intent> all = readUnlocked();
            Predicate<Intent> done = chooser.apply(all);
            List<Intent> kept = all.stream().filter(done.negate()).toList();
            int retired = all.size() - kept.size();
            if (retired == 0) {
                return 0;
            }
            if (kept.isEmpty()) {
                Files.delete(file);
            } else {
                Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
                try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    StringBuilder text = new StringBuilder();
                    for (Intent i : kept) {
                        ObjectNode line = JSON.createObjectNode();
                        line.put("kind", i.kind()).put("key", i.key()).put("pid", i.writer().pid()).put("started", i.writer().startMillis())
                                .put("at", i.at().toString()).set("body", i.body());
                        text.append(toJson(line)).append('\n');
                    }
                    out.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
                    out.force(true);
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            syncFolder();
            return retired;
        });
    }

    private List<Intent> readUnlocked() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Intent> intents = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = JSON.readTree(line);
                intents.add(new Intent(n.get("kind").asText(), n.get("key").asText(), new IntentWriter(n.get("pid").asLong(), n.get("started").asLong()),
                        Instant.parse(n.get("at").asText()), n.get("body")));
            } catch (IOException | RuntimeException e) {
                // Only a write cut short by a kill leaves such a line (the last one); anything else is reported.
                LOG.log(System.Logger.Level.WARNING, "Skipped line " + number + " of " + file + ": not an intent (" + e.getMessage() + ")");
            }
        }
        return intents;
    }

    /** Makes a new or renamed file's directory entry durable too (not possible, and not needed, on Windows). */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not sync the folder " + file.getParent() + ": " + e.getMessage());
        }
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T locked(Io<T> action) {
        IN_PROCESS.lock();
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                return action.run();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OsdkitException(CoreErrors.INTENT_WRITE_FAILED, "Cannot use the intent file " + file + ": " + e.getMessage() + ".",
                    "osdkit writes there what it is about to delete or change before it does it; make the workspace folder writable (and not full), then run the command again.",
                    e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static String toJson(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "IntentLog[" + file + "]";
    }
}
