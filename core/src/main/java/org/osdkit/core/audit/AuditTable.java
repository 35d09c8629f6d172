package org.osdkit.core.audit;

import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.osdkit.core.storage.Database;

/**
 * The JDBC side of the audit journal, for another module's storage adapter that must write an entry in
 * the same transaction as its own change, on the same {@link Database}: a deleted store's journal
 * outcome, its association's deletion date and its audit entry either all commit or none does. The
 * {@link AuditJournal} port itself names no JDBC; this class is only for adapters that already hold a
 * {@link Handle} of that database.
 */
public final class AuditTable {

    private AuditTable() {
    }

    /** Creates the {@code core_audit} table in {@code database} when it is missing; call once before {@link #insert}. */
    public static void prepare(Database database) {
        // The JDBC journal's constructor runs core's schema migration: one place decides how.
        AuditJournal.jdbc(database);
    }

    /** Adds {@code entry} through {@code handle}, inside whatever transaction the handle is in; nothing is committed here. */
    public static void insert(Handle handle, AuditEntry entry) {
        handle.createUpdate("INSERT INTO core_audit (at, actor, action, target, before_value, after_value, outcome) "
                        + "VALUES (:at, :actor, :action, :target, :before, :after, :outcome)")
                .bind("at", entry.at().atOffset(ZoneOffset.UTC))
                .bind("actor", entry.actor())
                .bind("action", entry.action())
                .bind("target", entry.target())
                .bind("before", entry.before())
                .bind("after", entry.after())
                .bind("outcome", entry.outcome())
                .execute();
    }
}
