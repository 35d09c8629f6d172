package org.osdkit.core.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The TCP sockets a Linux process listens on, read from {@code /proc}: the socket inodes among its
 * open files ({@code /proc/<pid>/fd}) matched against the LISTEN rows of {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6}. Written here because the JDK has no API for another process's sockets.
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Local addresses ({@code a.b.c.d:port} or {@code [v6]:port}) the process listens on. */
    static List<String> of(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor went away while listing: not a socket we look for.
                }
            }
        }
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> rows = Files.readAllLines(file);
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.strip().split("\\s+");
                // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
                if (f.length > 9 && LISTEN.equals(f[3]) && inodes.contains(f[9])) {
                    addresses.add(decode(f[1]));
                }
            }
        }
        return addresses;
    }

    /** The kernel writes addresses in hex, each 32-bit word in host (little-endian) byte order. */
    static String decode(String hexAddressAndPort) {
        String[] parts = hexAddressAndPort.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String hex = parts[0];
        List<Integer> bytes = new ArrayList<>();
        for (int word = 0; word < hex.length() / 8; word++) {
            String w = hex.substring(word * 8, word * 8 + 8);
            for (int b = 3; b >= 0; b--) {
                bytes.add(Integer.parseInt(w.substring(b * 2, b * 2 + 2), 16));
            }
        }
        if (bytes.size() == 4) {
            return bytes.get(0) + "." + bytes.get(1) + "." + bytes.get(2) + "." + bytes.get(3) + ":" + port;
        }
        StringBuilder v6 = new StringBuilder("[");
        for (int i = 0; i < 16; i += 2) {
            v6.append(i == 0 ? "" : ":").append(Integer.toHexString(bytes.get(i) << 8 | bytes.get(i + 1)));
        }
        return v6.append("]:").append(port).toString();
    }

    /** 127.0.0.0/8, ::1, or 127.x mapped into IPv6 ({@code ::ffff:7f00:1}). */
    static boolean isLoopback(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        return a.startsWith("127.") || a.startsWith("[0:0:0:0:0:0:0:1]:") || a.startsWith("[0:0:0:0:0:ffff:7f");
    }
}
