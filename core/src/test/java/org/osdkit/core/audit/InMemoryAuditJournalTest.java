package org.osdkit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryAuditJournalTest {

    @Test
    void answersNewestFirstLikeTheDatabaseJournal() {
        AuditJournal journal = AuditJournal.inMemory();
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        journal.record(new AuditEntry(t, "admin", "smp.store.delete", "store-1", "present", "deleted", "ok"));
        journal.record(new AuditEntry(t.plusSeconds(1), "admin", "smp.store.delete", "store-2", "present", null, "failed: access denied"));
        journal.record(new AuditEntry(t.plusSeconds(2), "admin", "smp.store.delete", "store-1", "deleted", "deleted", "ok"));
        assertEquals("store-1", journal.recent(1).get(0).target());
        assertEquals(2, journal.forTarget("store-1", 10).size());
        assertEquals(t.plusSeconds(2), journal.forTarget("store-1", 10).get(0).at());
        assertEquals(3, journal.recent(10).size());
    }
}
