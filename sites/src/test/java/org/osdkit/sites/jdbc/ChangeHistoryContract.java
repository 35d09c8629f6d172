package org.osdkit.sites.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.SiteChange;

/** The change history's contract, run on H2 and on PostgreSQL. */
abstract class ChangeHistoryContract {

    abstract Database database();

    private Database database;
    private ChangeHistory history;

    @BeforeEach
    void open() {
        database = database();
        history = SitesStorage.jdbc(database).changeHistory();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static SiteChange change(String site, String oldValue, String newValue, Long revertOf) {
        return new SiteChange(0, Instant.parse("2009-02-12T10:27:00.123Z"), "kenny", SiteCode.of(site), "D:\\SMS\\inboxes\\sitectrl.box\\sitectrl.ct0",
                oldValue, newValue, "D:\\SMS\\inboxes\\sitectrl.box\\history\\osdkit-20090212T102700Z-sitectrl.ct0.bak", "a".repeat(64), "b".repeat(64), revertOf);
    }

    @Test
    void keepsEveryFieldOfAChange() {
        SiteChange added = history.add(change("SE1", "Brussels Secondary", "Brussels \u00E9 & Co", null));
        assertTrue(added.id() > 0);
        SiteChange found = history.find(added.id()).orElseThrow();
        assertEquals(added, found);
        assertEquals(Instant.parse("2009-02-12T10:27:00.123Z"), found.changedAt());
        assertEquals("Brussels \u00E9 & Co", found.newValue());
        assertNull(found.revertOf());
    }

    @Test
    void listsNewestFirstAndFiltersBySite() {
        SiteChange first = history.add(change("SE1", "a", "b", null));
        history.add(change("SE2", "c", "d", null));
        SiteChange revert = history.add(change("SE1", "b", "a", first.id()));
        assertEquals(List.of(revert.id(), first.id()), history.list(SiteCode.of("SE1"), 10).stream().map(SiteChange::id).toList());
        assertEquals(3, history.list(null, 10).size());
        assertEquals(1, history.list(null, 1).size());
        assertEquals(first.id(), history.find(revert.id()).orElseThrow().revertOf());
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertTrue(history.find(4711).isEmpty());
    }

    @Test
    void aSecondOpenOfTheSameDatabaseKeepsTheHistory() {
        SiteChange added = history.add(change("SE1", "a", "b", null));
        assertEquals(added, SitesStorage.jdbc(database).changeHistory().find(added.id()).orElseThrow());
    }
}
