package org.osdkit.sites.description;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The real file operations, with the atomic replace the site control file edit relies on. */
final class LocalDisk implements ControlFileDisk {

    /** Opens the temporary file's stream; tests give one that fails like a full disk. */
    @FunctionalInterface
    interface TempWriter {
        void write(FileChannel channel, byte[] content) throws IOException;
    }

    private final TempWriter writer;

    public LocalDisk() {
        this((channel, content) -> {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(content);
            out.flush();
        });
    }

    public LocalDisk(TempWriter writer) {
        this.writer = writer;
    }

    @Override
    public byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    @Override
    public void backup(Path file, Path backup) throws IOException {
        Files.createDirectories(backup.getParent());
        Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public void replace(Path file, byte[] content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".osdkit-", ".tmp");
        try {
            keepPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(channel, content);
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this only happens on odd file systems; a plain replace is the best left.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The new file takes the old one's POSIX permissions (Windows ACLs come from the folder anyway). */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        }
    }

    /**
     * Asks the system rather than trying a write: {@link Files#isWritable} is the operating system's own
     * access check, which also holds for an administrator (root) on an immutable file or a read-only
     * mount, and on Windows sees the read-only attribute; the folder must take the temporary file.
     */
    @Override
    public Optional<String> whyReadOnly(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (Files.getFileStore(file).isReadOnly()) {
                return Optional.of("it is on a read-only file system (" + Files.getFileStore(file) + ")");
            }
        } catch (IOException e) {
            // Not knowing the volume is no finding of its own: the access checks below still answer.
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        if (dos != null) {
            try {
                if (dos.readAttributes().isReadOnly()) {
                    return Optional.of("its read-only attribute is set");
                }
            } catch (IOException | UnsupportedOperationException e) {
                // A volume without DOS attributes: nothing to read there.
            }
        }
        if (!Files.isWritable(file)) {
            return Optional.of("this account may not write it (no write permission, an immutable flag, or a read-only mount)");
        }
        if (folder != null && !Files.isWritable(folder)) {
            return Optional.of("this account may not create files in " + folder + " (the new file is written there and renamed over the old one)");
        }
        return Optional.empty();
    }

    @Override
    public List<Path> pendingDeltas(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ct1")).sorted().toList();
        }
    }
}
