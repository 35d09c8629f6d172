package org.osdkit.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Small folder trees for the deletion tests. */
final class Trees {

    private Trees() {
    }

    /** {@code dir/USMT/USMT.MIG} of {@code bytes} bytes and {@code dir/USMT/sub/log.txt} of 10 bytes. */
    static Path store(Path dir, int bytes) throws IOException {
        Path usmt = Files.createDirectories(dir.resolve("USMT"));
        Files.write(usmt.resolve("USMT.MIG"), new byte[bytes]);
        Files.createDirectories(usmt.resolve("sub"));
        Files.write(usmt.resolve("sub").resolve("log.txt"), new byte[10]);
        return dir;
    }

    static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
