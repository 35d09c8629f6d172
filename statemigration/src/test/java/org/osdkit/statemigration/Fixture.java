package org.osdkit.statemigration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.SiteCode;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.associations.MigrationBehavior;
import org.osdkit.statemigration.associations.MigrationStatus;
import org.osdkit.statemigration.associations.MigrationType;
import org.osdkit.statemigration.inventory.Reconciler;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.inventory.StoreFileSystem;
import org.osdkit.statemigration.inventory.StoreScanner;
import org.osdkit.statemigration.settings.DiskSpaceUnit;
import org.osdkit.statemigration.settings.MinDiskSpace;
import org.osdkit.statemigration.settings.SmpSettings;
import org.osdkit.statemigration.settings.StorageFolder;

/**
 * A State Migration Point on disk for tests: one storage folder {@code <tmp>/USMT} holding share
 * folders with store folders, the way {@code E:\SOURCES\USMT\SMPSTOREE_B2DE4AB0$\<hex>} looked in the
 * seed's smpmgr.log, and associations pointing at them by UNC path.
 */
public final class Fixture {

    public static final Instant NOW = Instant.parse("2009-02-20T12:00:00Z");
    public static final String SERVER = "SMP01";
    public static final String SHARE = "SMPSTOREE_B2DE4AB0$";

    public final Path root;
    public final Path storage;
    public final List<ComputerAssociation> associations = new ArrayList<>();
    private long nextId = 16_777_216;

    public Fixture(Path root) {
        this.root = root;
        this.storage = root.resolve("USMT");
        try {
            Files.createDirectories(storage.resolve(SHARE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public SmpSettings settings(Duration delay, Duration cycle, boolean restoreOnly) {
        return new SmpSettings(SERVER, SiteCode.of("S01"), List.of(new StorageFolder(storage.toString(), storage, 100,
                new MinDiskSpace(1, DiskSpaceUnit.MEGABYTES))), delay, cycle, restoreOnly, SmpSettings.DEFAULT_STORE_DEPTH);
    }

    /** The seed's settings: 14 days retention, daily cleanup cycle. */
    public SmpSettings settings() {
        return settings(Duration.ofDays(14), Duration.ofMinutes(1440), false);
    }

    /** Creates a compressed USMT 4 store folder of {@code bytes} and returns its UNC store path. */
    public String store(String name, int bytes) {
        Path store = storage.resolve(SHARE).resolve(name);
        try {
            Files.createDirectories(store.resolve("USMT"));
            Files.write(store.resolve("USMT").resolve("USMT.MIG"), new byte[bytes]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unc(name);
    }

    public Path path(String name) {
        return storage.resolve(SHARE).resolve(name);
    }

    public static String unc(String name) {
        return "\\\\" + SERVER + "\\" + SHARE + "\\" + name;
    }

    /** An association of {@code source} restored to itself, with the given dates. */
    public ComputerAssociation associate(String source, Instant created, Instant released, String storePath) {
        long id = nextId++;
        ComputerAssociation a = new ComputerAssociation(id, id, source, source, null, null, null, null, "MID" + id,
                MigrationBehavior.CAPTUREANDRESTOREALL, released == null ? MigrationStatus.INPROGRESS : MigrationStatus.COMPLETED,
                MigrationType.INPLACE, "S01", created, released, null, storePath, List.of("CONTOSO\\user"));
        associations.add(a);
        return a;
    }

    /** A released association whose delay ran out {@code daysAgo} days ago (14-day delay). */
    public ComputerAssociation expired(String source, int daysAgo, String storePath) {
        return associate(source, NOW.minus(Duration.ofDays(30 + daysAgo)), NOW.minus(Duration.ofDays(14 + daysAgo)), storePath);
    }

    public Reconciliation reconcile(SmpSettings settings) {
        return new Reconciler(new StoreScanner(StoreFileSystem.nio())).reconcile(settings, () -> associations);
    }

    public static String hex(int seed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 64; i++) {
            b.append(String.format("%08X", (seed * 2654435761L + i * 40503L) & 0xFFFFFFFFL));
        }
        return b.substring(0, 64);
    }

    /** The audit port in memory: the JDBC journal lives in core's non-exported package. */
    public static final class RecordingAudit implements AuditJournal {
        public final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public synchronized void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return entries.subList(Math.max(0, entries.size() - limit), entries.size());
        }

        @Override
        public List<AuditEntry> forTarget(String target, int limit) {
            return entries.stream().filter(e -> e.target().equals(target)).limit(limit).toList();
        }
    }
}
