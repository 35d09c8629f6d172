package org.osdkit.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lets a process skip Flyway for a module schema that is already up to date: Flyway's scan of the
 * scripts and its validation of the history cost about a second per start of the command line, on
 * every run. After a successful migration the module's <em>fingerprint</em> is stored in
 * {@code osdkit_schema_marker}: a digest of the names, sizes and CRCs of the scripts this code
 * carries for this kind of database. A later process whose scripts give the same fingerprint knows
 * Flyway would find nothing to do and skips it; any other set of scripts (a module with a newer
 * migration deployed, an older osdkit on a database a newer one migrated, an edited script) gives
 * another fingerprint, so Flyway runs, migrates, refuses or reports, and stores the new marker.
 *
 * <p>Written only under the module's {@link MigrationLock}, right after Flyway succeeded, so the
 * marker never names scripts that were not all applied. Scripts the fingerprint cannot read (neither
 * a jar nor a folder) give no fingerprint: such a module is checked by Flyway on every run, as before.
 */
final class MigrationMarker {

    static final String TABLE = "osdkit_schema_marker";
    /** Changes when what Flyway is asked to do changes, so markers of an older osdkit stop matching. */
    private static final String FORMAT = "osdkit-schema-marker-1";

    private MigrationMarker() {
    }

    /** The fingerprint of {@code schema}'s scripts for {@code kind}, or empty when they cannot be read. */
    static Optional<String> fingerprint(ModuleSchema schema, DatabaseKind kind) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT + "\n" + schema.name() + "\n" + kind + "\n");
            for (String location : schema.locations(kind)) {
                String folder = location.substring("classpath:".length());
                Optional<List<String>> entries = entries(schema.classLoader(), folder);
                if (entries.isEmpty()) {
                    return Optional.empty();
                }
                update(digest, folder + "\n");
                for (String entry : entries.get()) {
                    update(digest, entry + "\n");
                }
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * One line per script of {@code folder} ({@code name size crc}, sorted); an empty list when the
     * folder does not exist (a module without scripts for one database); empty when it cannot be read.
     */
    private static Optional<List<String>> entries(ClassLoader loader, String folder) throws IOException, URISyntaxException {
        // The trailing slash names the folder's own entry: a resource of the folder's package, which the
        // module opens for Flyway, so it is visible on the module path too.
        URL url = loader.getResource(folder + "/");
        if (url == null) {
            url = loader.getResource(folder);
        }
        if (url == null) {
            return Optional.of(List.of());
        }
        List<String> lines = new ArrayList<>();
        switch (url.getProtocol()) {
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                Path jar = Path.of(connection.getJarFileURL().toURI());
                String prefix = connection.getEntryName().endsWith("/") ? connection.getEntryName() : connection.getEntryName() + "/";
                // Opened here rather than through the connection: its JarFile may be a cached one of
                // a jar since replaced on disk.
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry e : Collections.list(zip.entries())) {
                        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                            lines.add(e.getName().substring(prefix.length()) + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
                        }
                    }
                }
            }
            case "file" -> {
                Path root = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        byte[] bytes = Files.readAllBytes(file);
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        lines.add(root.relativize(file).toString().replace('\\', '/') + " " + bytes.length + " " + Long.toHexString(crc.getValue()));
                    }
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        Collections.sort(lines);
        return Optional.of(lines);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the database holds {@code fingerprint} for {@code schema}; false when it holds no marker table yet. */
    static boolean matches(Database database, ModuleSchema schema, String fingerprint) {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT fingerprint FROM " + TABLE + " WHERE schema_name = ?")) {
            select.setString(1, schema.name());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && fingerprint.equals(rs.getString(1));
            }
        } catch (SQLException e) {
            // No marker table (a database no osdkit with markers has opened yet): Flyway decides.
            return false;
        }
    }

    /** Records {@code fingerprint} for {@code schema}; the caller holds the schema's migration lock. */
    static void store(Database database, ModuleSchema schema, String fingerprint) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (schema_name VARCHAR(64) PRIMARY KEY, fingerprint VARCHAR(128) NOT NULL)");
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE " + TABLE + " SET fingerprint = ? WHERE schema_name = ?")) {
                update.setString(1, fingerprint);
                update.setString(2, schema.name());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE + " (schema_name, fingerprint) VALUES (?, ?)")) {
                insert.setString(1, schema.name());
                insert.setString(2, fingerprint);
                insert.executeUpdate();
            }
        }
    }
}
