package org.osdkit.cli.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.osdkit.cli.CliRun;

/**
 * A generated SMP for the process tests: {@code expired} released stores past the 14-day delay and
 * {@code kept} ones (never restored, or inside the delay), each a store folder with random bytes, and
 * the association export that names them; configured in osdkit through the CLI itself.
 */
final class GeneratedSmp {

    static final String SERVER = "SMP01";
    static final String SHARE = "SMPSTOREE_B2DE4AB0$";

    final Path storage;
    final Path share;
    /** Expired store folder -> its bytes. */
    final Map<Path, Long> expired = new LinkedHashMap<>();
    /** Kept store folder -> a hash of every file in it, names included. */
    final Map<Path, String> kept = new LinkedHashMap<>();

    private final StringBuilder csv = new StringBuilder("#TYPE IResultObject#SMS_StateMigration\r\n"
            + "\"SourceClientResourceID\",\"RestoreClientResourceID\",\"SourceName\",\"RestoreName\",\"MigrationID\","
            + "\"StoreCreationDate\",\"StoreReleaseDate\",\"StoreDeletionDate\",\"StorePath\"\r\n");
    private final Random random;
    private int nextId;

    GeneratedSmp(Path root, int expiredStores, int keptStores, long seed) throws IOException {
        this.random = new Random(seed);
        this.storage = root.resolve("USMT");
        this.share = Files.createDirectories(storage.resolve(SHARE));
        for (int i = 0; i < expiredStores; i++) {
            String name = String.format("E%04d", i);
            long bytes = store(name);
            // Released in 2009, one minute apart: the plan deletes them in this order.
            expired.put(share.resolve(name), bytes);
            row("PC-EXPIRED-" + i, "20090101000000.000000+000", String.format("200902%02d%02d%02d00.000000+000", 1 + i / 1440, i / 60 % 24, i % 60),
                    name);
        }
        for (int i = 0; i < keptStores; i++) {
            String name = String.format("K%04d", i);
            store(name);
            kept.put(share.resolve(name), hash(share.resolve(name)));
            // Half never restored (never deleted automatically), half released but inside the delay.
            row("PC-KEPT-" + i, "20090101000000.000000+000", i % 2 == 0 ? "00000000000000.000000+***" : "29990101000000.000000+000", name);
        }
    }

    private long store(String name) throws IOException {
        Path usmt = Files.createDirectories(share.resolve(name).resolve("USMT"));
        byte[] mig = new byte[64 + random.nextInt(960)];
        random.nextBytes(mig);
        Files.write(usmt.resolve("USMT.MIG"), mig);
        byte[] log = new byte[1 + random.nextInt(64)];
        random.nextBytes(log);
        Files.write(share.resolve(name).resolve("status.~lg"), log);
        return mig.length + log.length;
    }

    private void row(String computer, String created, String released, String store) {
        int id = 16_777_216 + nextId++;
        csv.append("\"").append(id).append("\",\"").append(id).append("\",\"").append(computer).append("\",\"").append(computer)
                .append("\",\"MID").append(id).append("\",\"").append(created).append("\",\"").append(released)
                .append("\",\"00000000000000.000000+***\",\"\\\\").append(SERVER).append("\\").append(SHARE).append("\\").append(store)
                .append("\"\r\n");
    }

    /** Configures the SMP and imports its associations with osdkit in this JVM ({@code target}: --workspace and maybe --db-url). */
    void configure(List<String> target, Path exportFile) throws IOException {
        Files.writeString(exportFile, csv);
        CliRun settings = run(target, "smp", "settings", "set", "--server", SERVER, "--site", "S01", "--folder",
                "Directory=" + storage + ";MaxClients=9999;MinDiskSpace=1;MinDiskSpaceUnit=1;", "--delete-after", "14",
                "--cleanup-cycle-minutes", "1440");
        assertEquals(0, settings.exitCode(), settings.err());
        CliRun imported = run(target, "smp", "import", exportFile.toString());
        assertEquals(0, imported.exitCode(), imported.err() + imported.out());
    }

    static CliRun run(List<String> target, String... args) {
        List<String> all = new ArrayList<>(target);
        all.addAll(List.of(args));
        return CliRun.with(Map.of(), null, all.toArray(String[]::new));
    }

    /** How many expired stores are still on disk. */
    long expiredLeft() {
        return expired.keySet().stream().filter(Files::exists).count();
    }

    /** The store folders on disk now. */
    List<Path> onDisk() throws IOException {
        try (Stream<Path> s = Files.list(share)) {
            return s.sorted().toList();
        }
    }

    /** SHA-256 over every file below {@code folder}: relative name and content, in name order. */
    static String hash(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Map<String, Path> files = new TreeMap<>();
            walk.filter(Files::isRegularFile).forEach(f -> files.put(folder.relativize(f).toString(), f));
            for (var e : files.entrySet()) {
                digest.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(e.getValue()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
