package org.osdkit.sites.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osdkit.core.SiteCode;
import org.osdkit.core.storage.Database;
import org.osdkit.sites.description.AttemptOwner;
import org.osdkit.sites.description.AttemptState;
import org.osdkit.sites.description.ChangeAttempt;
import org.osdkit.sites.description.ChangeHistory;
import org.osdkit.sites.description.SiteChange;
import org.osdkit.sites.service.ServiceState;

/** The change history's contract, run on H2 and on PostgreSQL: attempts step by step, and the changes they applied. */
abstract class ChangeHistoryContract {

    private static final Instant AT = Instant.parse("2009-02-12T10:27:00.123Z");

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

    private static ChangeAttempt attempt(String site, String oldValue, String newValue, Long revertOf) {
        return new ChangeAttempt(0, AT, AT, "kenny", new AttemptOwner("SE1SRV01", 4711, Instant.parse("2009-02-12T10:26:59.5Z"), "run-1"),
                SiteCode.of(site), "D:\\SMS\\inboxes\\sitectrl.box\\sitectrl.ct0", oldValue, newValue, "a".repeat(64), "b".repeat(64),
                "D:\\SMS\\inboxes\\sitectrl.box\\history\\osdkit-20090212T102700Z-sitectrl.ct0.bak", "service SMS_EXECUTIVE on this machine (sc.exe)",
                ServiceState.RUNNING, revertOf, AttemptState.PENDING, null, null);
    }

    /** An attempt carried through to the end, as a successful change does. */
    private SiteChange applied(String site, String oldValue, String newValue, Long revertOf) {
        ChangeAttempt a = history.begin(attempt(site, oldValue, newValue, revertOf));
        history.advance(a.id(), AttemptState.VERIFIED, "verified", AT);
        return history.applied(a.id(), AT.plusSeconds(5), "applied");
    }

    @Test
    void keepsEveryFieldOfAnAttempt() {
        ChangeAttempt begun = history.begin(attempt("SE1", "Brussels Secondary", "Brussels \u00E9 & Co", null));
        assertTrue(begun.id() > 0);
        assertEquals(AttemptState.PENDING, begun.state());
        assertEquals(attempt("SE1", "Brussels Secondary", "Brussels \u00E9 & Co", null), new ChangeAttempt(0, begun.startedAt(), begun.updatedAt(),
                begun.actor(), begun.owner(), begun.site(), begun.controlFile(), begun.oldValue(), begun.newValue(), begun.originalSha256(),
                begun.intendedSha256(), begun.backupFile(), begun.service(), begun.serviceBefore(), begun.revertOf(), begun.state(), begun.note(), begun.changeId()));
        assertEquals(begun, history.attempt(begun.id()).orElseThrow());
    }

    @Test
    void eachStepMovesTheAttemptOnAndAppliedRecordsTheChangeWithIt() {
        ChangeAttempt a = history.begin(attempt("SE1", "Brussels Secondary", "Brussels North", null));
        ChangeAttempt stopped = history.advance(a.id(), AttemptState.STOPPED, "stopped", AT.plusSeconds(1));
        assertEquals(AttemptState.STOPPED, stopped.state());
        assertEquals("stopped", stopped.note());
        assertEquals(AT.plusSeconds(1), stopped.updatedAt());
        assertEquals(List.of(a.id()), history.unfinished(null).stream().map(ChangeAttempt::id).toList());

        SiteChange change = history.applied(a.id(), AT.plusSeconds(5), "applied; started");
        assertEquals(AT.plusSeconds(5), change.changedAt());
        assertEquals("Brussels North", change.newValue());
        assertEquals("a".repeat(64), change.oldSha256());
        assertEquals("b".repeat(64), change.newSha256());
        ChangeAttempt done = history.attempt(a.id()).orElseThrow();
        assertEquals(AttemptState.APPLIED, done.state());
        assertEquals(change.id(), done.changeId());
        assertEquals(change, history.find(change.id()).orElseThrow());
        assertTrue(history.unfinished(null).isEmpty());
    }

    @Test
    void aFinishedAttemptCannotBeMovedOnAgain() {
        ChangeAttempt a = history.begin(attempt("SE1", "a", "b", null));
        history.advance(a.id(), AttemptState.ROLLED_BACK, "nothing to undo", AT);
        assertThrows(IllegalStateException.class, () -> history.advance(a.id(), AttemptState.RESTORED, "late", AT));
        assertThrows(IllegalStateException.class, () -> history.applied(a.id(), AT, "late"));
        assertThrows(IllegalArgumentException.class, () -> history.advance(a.id(), AttemptState.APPLIED, "no change row", AT));
        assertThrows(IllegalStateException.class, () -> history.advance(4711, AttemptState.STOPPED, "unknown", AT));
        assertTrue(history.list(null, 10).isEmpty(), "a rolled-back attempt is no change");
    }

    @Test
    void unfinishedAttemptsComeOldestFirstAndFilterBySite() {
        ChangeAttempt first = history.begin(attempt("SE1", "a", "b", null));
        ChangeAttempt other = history.begin(attempt("SE2", "c", "d", null));
        ChangeAttempt second = history.begin(attempt("SE1", "b", "c", null));
        history.advance(second.id(), AttemptState.ROLLED_BACK, "done", AT);
        history.advance(first.id(), AttemptState.RESTORED, "service did not start", AT);
        assertEquals(List.of(first.id(), other.id()), history.unfinished(null).stream().map(ChangeAttempt::id).toList());
        assertEquals(List.of(first.id()), history.unfinished(SiteCode.of("SE1")).stream().map(ChangeAttempt::id).toList());
    }

    @Test
    void listsChangesNewestFirstAndFiltersBySite() {
        SiteChange first = applied("SE1", "a", "b", null);
        applied("SE2", "c", "d", null);
        SiteChange revert = applied("SE1", "b", "a", first.id());
        assertEquals(List.of(revert.id(), first.id()), history.list(SiteCode.of("SE1"), 10).stream().map(SiteChange::id).toList());
        assertEquals(3, history.list(null, 10).size());
        assertEquals(1, history.list(null, 1).size());
        assertEquals(first.id(), history.find(revert.id()).orElseThrow().revertOf());
        assertNull(first.revertOf());
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertTrue(history.find(4711).isEmpty());
        assertTrue(history.attempt(4711).isEmpty());
    }

    @Test
    void aSecondOpenOfTheSameDatabaseKeepsTheHistory() {
        SiteChange added = applied("SE1", "a", "b", null);
        ChangeAttempt open = history.begin(attempt("SE1", "b", "c", null));
        ChangeHistory again = SitesStorage.jdbc(database).changeHistory();
        assertEquals(added, again.find(added.id()).orElseThrow());
        assertEquals(open, again.attempt(open.id()).orElseThrow());
    }
}
