package org.osdkit.sites;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** An audit journal in memory (core's JDBC journal is not exported to other modules). */
public final class RecordingAuditJournal implements AuditJournal {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public List<AuditEntry> forTarget(String target, int limit) {
        return recent(Integer.MAX_VALUE).stream().filter(e -> e.target().equals(target)).limit(limit).toList();
    }
}
