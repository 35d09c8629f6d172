package org.osdkit.core.audit;

import java.util.List;

/**
 * The audit-journal port: every mutating operation records what it did here. Entries are only ever
 * added; nothing in osdkit edits or deletes them.
 */
public interface AuditJournal {

    /** Stores {@code entry} durably before returning. */
    void record(AuditEntry entry);

    /** The newest entries first. */
    List<AuditEntry> recent(int limit);

    /** The newest entries for one target first. */
    List<AuditEntry> forTarget(String target, int limit);
}
