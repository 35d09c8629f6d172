package org.osdkit.drivers.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** Core's JDBC journal is internal to core; tests record entries in memory to assert on them. */
public final class RecordingJournal implements AuditJournal {

    public final List<AuditEntry> entries = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        List<AuditEntry> copy = new ArrayList<>(entries);
        Collections.reverse(copy);
        return copy.subList(0, Math.min(limit, copy.size()));
    }

    @Override
    public List<AuditEntry> forTarget(String target, int limit) {
        return recent(Integer.MAX_VALUE).stream().filter(e -> e.target().equals(target)).limit(limit).toList();
    }

    public List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}
