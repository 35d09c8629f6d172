package org.osdkit.core.storage;

import java.util.Objects;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.workspace.Workspace;

/**
 * Where the database is: a JDBC URL for H2 or PostgreSQL and, for PostgreSQL, optional credentials
 * (they may also be given inside the URL).
 *
 * @param url      {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param user     user name, or {@code null}
 * @param password password, or {@code null}
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new OsdkitException(CoreErrors.INVALID_DB_URL, "A database URL is required.");
        }
        url = url.strip();
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new OsdkitException(CoreErrors.INVALID_DB_URL,
                    "The database URL " + mask(url) + " is not supported: osdkit stores its data in H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://host:port/db).",
                    "Fix --db-url or OSDKIT_DB_URL, or leave it out to use the embedded database in the workspace.");
        }
    }

    public static DatabaseSettings of(String url) {
        return new DatabaseSettings(url, null, null);
    }

    /**
     * The embedded database of a workspace. AUTO_SERVER lets a second osdkit process on the same
     * workspace connect through the first one instead of failing on H2's file lock (its server
     * listens on loopback only: see {@link Database}). WRITE_DELAY=0 writes each commit to the file
     * before the commit returns: H2's default (500 ms, MVStore's auto-commit delay) leaves the last
     * commits in memory, where a killed process loses them. A commit then survives a killed process
     * (the operating system still holds the write); H2 does not fsync it, so a power cut may not.
     * H2 2.5.252 does not always keep the kill promise: a harness killing a committing child JVM
     * (autocommit UPDATEs plus UPDATE+INSERT transactions, a 300 000-row table) lost the last 1 to 17
     * returned commits in 9 of 88 rounds with this URL. With REUSE_SPACE=FALSE added it lost none in
     * 87 rounds of the same session, which points at chunks written into reused file space;
     * REUSE_SPACE=FALSE is not used all the same: the file then grows by about 14 KB per commit and
     * not even a clean close shrinks it (3 000 one-row updates: 42 MB, 1 MB with reuse). H2's tracker has
     * crash-loss reports (MVStore partial writes, #1504; compaction dropping chunks, #4247) but no fix for
     * this; a third harness (35 rounds, autocommit INSERT after three UPDATEs of a 100 000-row table) lost
     * none, so the loss is real but not pinned to a setting. {@code bench/core/H2KillBench.java} counts it per
     * URL variant (40 rounds each, 1 or 3 writer threads, a 300 000-row table, kills after 20 to 400 commits):
     * this URL lost commits in 4 of 40 rounds (21 commits, at most 8 in a round); with AUTO_COMPACT_FILL_RATE=0
     * (no background compaction, which the web bench needed against a MVStoreException under load) in 7 of 40,
     * one commit each, and the file grew to 522 MB (3.4 MB once compacted); with a CHECKPOINT after every
     * commit it still lost them, and with RETENTION_TIME=0 in 7 of 20 rounds (see the README's Safety section). No exception and no
     * file that failed to reopen in any round. What osdkit must not lose therefore does not
     * rely on it: a cleanup run's begin and each store's deletion, and a site change's pending record, are
     * written first to a synced intent file in the workspace ({@link org.osdkit.core.intent.IntentLog}),
     * which the next run reconciles the database with, and so are a hold's placement and removal.
     */
    public static DatabaseSettings forWorkspace(Workspace workspace) {
        return of("jdbc:h2:file:" + workspace.databaseFolder().resolve("osdkit")
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
    }

    /** A private in-memory H2 database, for tests and throw-away runs. */
    public static DatabaseSettings inMemory(String name) {
        return of("jdbc:h2:mem:" + Objects.requireNonNull(name) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    }

    public DatabaseKind kind() {
        return url.startsWith("jdbc:h2:") ? DatabaseKind.H2 : DatabaseKind.POSTGRESQL;
    }

    /** The URL with any password parameter replaced, safe to print and log. */
    public String maskedUrl() {
        return mask(url);
    }

    static String mask(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + maskedUrl() + (user == null ? "" : ", user=" + user) + "]";
    }
}
