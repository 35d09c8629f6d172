package org.osdkit.logs.tail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A growing file read as a stream that waits at its end instead of ending, until the writer rolls it
 * over (renamed to {@code .lo_}, a new file started), truncates or deletes it, or the caller stops.
 * Then the stream ends, after the last bytes written to the old file.
 */
final class FollowedFile extends InputStream {

    /** Why the stream ended. */
    enum End { NOT_YET, STOPPED, ROLLED_OVER, VANISHED }

    /** What the stream does while waiting at the end. */
    interface Waiting {
        /** Called each time the reader has caught up with the writer, before pausing. */
        void caughtUp();

        /** True when following should end. */
        boolean stopRequested();

        /** Waits for the writer; tests script file changes here. */
        void pause() throws InterruptedException;
    }

    private final Path path;
    private final FileChannel channel;
    private final Object fileKey;
    private final Waiting waiting;
    private final ByteBuffer one = ByteBuffer.allocate(1);
    private End end = End.NOT_YET;

    private FollowedFile(Path path, FileChannel channel, Object fileKey, Waiting waiting) {
        this.path = path;
        this.channel = channel;
        this.fileKey = fileKey;
        this.waiting = waiting;
    }

    static FollowedFile open(Path path, Waiting waiting) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        return new FollowedFile(path, channel, identity(path), waiting);
    }

    End end() {
        return end;
    }

    /** Reads what is already written, at most {@code max} bytes, without waiting. */
    int readAvailable(byte[] into, int max) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, 0, max);
        int total = 0;
        while (b.hasRemaining()) {
            int n = channel.read(b);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    @Override
    public int read() throws IOException {
        one.clear();
        int n = read(one.array(), 0, 1);
        return n < 0 ? -1 : one.array()[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (end == End.NOT_YET) {
            int n = channel.read(ByteBuffer.wrap(b, off, len));
            if (n > 0) {
                return n;
            }
            End next = check();
            if (next != End.NOT_YET) {
                // Bytes written just before the rename or delete still belong to this file.
                n = channel.read(ByteBuffer.wrap(b, off, len));
                if (n > 0) {
                    return n;
                }
                end = next;
                break;
            }
            waiting.caughtUp();
            if (waiting.stopRequested()) {
                end = End.STOPPED;
                break;
            }
            try {
                waiting.pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end = End.STOPPED;
            }
        }
        return -1;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, channel.size() - channel.position()));
    }

    private End check() throws IOException {
        Object now;
        try {
            now = identity(path);
        } catch (NoSuchFileException e) {
            return End.VANISHED;
        }
        if (!Objects.equals(now, fileKey) || Files.size(path) < channel.position()) {
            return End.ROLLED_OVER;
        }
        return End.NOT_YET;
    }

    /** The file's identity: its inode where there is one, else its creation time (Windows has no file key). */
    private static Object identity(Path path) throws IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        return a.fileKey() != null ? a.fileKey() : a.creationTime();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
