package org.osdkit.core.audit;

import java.util.ArrayList;
import java.util.List;

/** The audit journal in a list, newest last; lost when the process ends. */
final class InMemoryAuditJournal implements AuditJournal {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> recent(int limit) {
        return newestFirst(entries, limit);
    }

    @Override
    public synchronized List<AuditEntry> forTarget(String target, int limit) {
        return newestFirst(entries.stream().filter(e -> e.target().equals(target)).toList(), limit);
    }

    private static List<AuditEntry> newestFirst(List<AuditEntry> list, int limit) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = list.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(list.get(i));
        }
        return out;
    }
}
