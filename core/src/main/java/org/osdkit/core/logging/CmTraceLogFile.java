package org.osdkit.core.logging;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;

/**
 * A CMTrace log that rolls over like ConfigMgr's own: when {@code name.log} would pass its maximum
 * size it becomes {@code name.lo_} (one history file, overwriting the previous one) or, with more
 * history, {@code name-YYYYMMDD-HHMMSS.log} files of which the newest {@code maxHistory} are kept.
 *
 * <p>Several processes may write the same file: each write takes a lock on a sidecar file, reopens
 * the log if another process rolled it over, and appends a whole record.
 */
public final class CmTraceLogFile implements AutoCloseable {

    /** ConfigMgr's default LogMaxSize. */
    public static final long DEFAULT_MAX_BYTES = 250_000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private final long maxBytes;
    private final int maxHistory;
    private final Clock clock;
    private FileChannel channel;
    private Object openKey;
    /** Kept open: a record is written per log call, and opening the lock file each time cost a syscall pair. */
    private FileChannel lockChannel;

    /**
     * @param file       the {@code .log} file
     * @param maxBytes   roll over before the file would pass this size (at least 1 KB)
     * @param maxHistory 1 keeps one {@code .lo_}; more keeps dated history files
     * @param clock      record times and history names
     */
    public CmTraceLogFile(Path file, long maxBytes, int maxHistory, Clock clock) {
        this.file = file.toAbsolutePath();
        if (!file.getFileName().toString().endsWith(".log")) {
            throw new IllegalArgumentException("a CMTrace log file name ends in .log: " + file);
        }
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("log size limit must be at least 1024 bytes, was " + maxBytes);
        }
        if (maxHistory < 1) {
            throw new IllegalArgumentException("log history must keep at least one file, was " + maxHistory);
        }
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.maxBytes = maxBytes;
        this.maxHistory = maxHistory;
        this.clock = Objects.requireNonNull(clock);
    }

    public Path file() {
        return file;
    }

    /** Appends one record. */
    public synchronized void write(LogSeverity severity, String component, long thread, String source, String message) {
        byte[] bytes = CmTraceFormat.record(clock.instant(), severity, component, thread, source, message).getBytes(StandardCharsets.UTF_8);
        try {
            if (lockChannel == null) {
                lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            appendLocked(bytes);
        } catch (IOException e) {
            throw new OsdkitException(CoreErrors.LOG_WRITE_FAILED, "Cannot write osdkit's log " + file + ": " + e.getMessage(),
                    "Check free space and permissions of the workspace's logs folder.", e);
        }
    }

    /** Under the cross-process lock: reopen if another process rolled over, roll over if full, append. */
    private void appendLocked(byte[] bytes) throws IOException {
        try (FileLock ignored = lockChannel.lock()) {
            ensureCurrent();
            if (channel.size() > 0 && channel.size() + bytes.length > maxBytes) {
                rollOver();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** Opens the log, or reopens it when another process has rolled it over since our last write. */
    private void ensureCurrent() throws IOException {
        Object key = Files.exists(file) ? Files.readAttributes(file, BasicFileAttributes.class).fileKey() : null;
        if (channel == null || key == null || !key.equals(openKey)) {
            closeChannel();
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            openKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        }
    }

    private void rollOver() throws IOException {
        closeChannel();
        String base = file.getFileName().toString();
        base = base.substring(0, base.length() - ".log".length());
        if (maxHistory == 1) {
            Files.move(file, file.resolveSibling(base + ".lo_"), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.move(file, file.resolveSibling(base + "-" + STAMP.format(clock.instant()) + ".log"), StandardCopyOption.REPLACE_EXISTING);
            pruneHistory(base);
        }
        ensureCurrent();
    }

    private void pruneHistory(String base) throws IOException {
        List<Path> history = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            siblings.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(base) + "-\\d{8}-\\d{6}\\.log"))
                    .forEach(history::add);
        }
        // The stamp sorts chronologically, so the oldest names come first.
        history.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (int i = 0; i < history.size() - maxHistory; i++) {
            Files.deleteIfExists(history.get(i));
        }
    }

    private void closeChannel() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
            openKey = null;
        }
    }

    @Override
    public synchronized void close() {
        try {
            closeChannel();
            if (lockChannel != null) {
                lockChannel.close();
                lockChannel = null;
            }
        } catch (IOException ignored) {
            // Closing a log we only appended to cannot lose data that write() did not already flush.
        }
    }
}
