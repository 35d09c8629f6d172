package org.osdkit.core.audit;

import java.util.List;

/**
 * The audit-journal port: every mutating operation records what it did here. Entries are only ever
 * added; nothing in osdkit edits or deletes them.
 */
public interface AuditJournal {

    /** The journal in the {@code core_audit} table of {@code database} (created on first use). */
    static AuditJournal jdbc(org.osdkit.core.storage.Database database) {
        return new JdbcAuditJournal(database);
    }

    /** A journal kept in memory, for library users who run without a database and for tests. */
    static AuditJournal inMemory() {
        return new InMemoryAuditJournal();
    }

    /** Stores {@code entry} durably before returning. */
    void record(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> recent(int limit);

    /** The newest entries for one target first. */
    List<AuditEntry> forTarget(String target, int limit);
}
