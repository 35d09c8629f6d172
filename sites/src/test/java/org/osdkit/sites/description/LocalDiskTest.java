package org.osdkit.sites.description;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskTest {

    @TempDir
    Path dir;

    @Test
    void replaceLeavesOnlyTheNewFile() throws IOException {
        Path file = Files.writeString(dir.resolve("sitectrl.ct0"), "old");
        new LocalDisk().replace(file, "new".getBytes());
        assertEquals("new", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aWriteFailingHalfWayLeavesTheOriginalAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("sitectrl.ct0"), "original content");
        LocalDisk full = new LocalDisk((channel, content) -> {
            channel.write(ByteBuffer.wrap(content, 0, 3));
            throw new IOException("No space left on device");
        });
        assertThrows(IOException.class, () -> full.replace(file, "new content that does not fit".getBytes()));
        assertEquals("original content", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theNewFileKeepsTheOldPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("sitectrl.ct0"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        new LocalDisk().replace(file, "new".getBytes());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void backupCreatesTheHistoryFolderAndNeverOverwrites() throws IOException {
        Path file = Files.writeString(dir.resolve("sitectrl.ct0"), "original");
        Path backup = dir.resolve("history/osdkit-x-sitectrl.ct0.bak");
        LocalDisk disk = new LocalDisk();
        disk.backup(file, backup);
        assertArrayEquals("original".getBytes(), Files.readAllBytes(backup));
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> disk.backup(file, backup));
    }

    @Test
    void pendingDeltasAreTheCt1FilesInAnyCase() throws IOException {
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(incoming.resolve("a.CT1"), "");
        Files.writeString(incoming.resolve("b.ct1"), "");
        Files.writeString(incoming.resolve("c.ct2"), "");
        assertEquals(2, new LocalDisk().pendingDeltas(incoming).size());
        assertEquals(List.of(), new LocalDisk().pendingDeltas(dir.resolve("missing")));
    }
}
