package org.osdkit.cli.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.storage.Database;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.cleanup.JournalRun;
import org.osdkit.statemigration.cleanup.JournalStep;
import org.osdkit.statemigration.cleanup.StepState;
import org.osdkit.statemigration.jdbc.StateMigrationStorage;

/** After cleanups, however they ended: the disk, the journal, the associations and the audit say the same thing, exactly. */
final class SmpAgreement {

    private SmpAgreement() {
    }

    /** Equal as sets; the message names only the differences (a few hundred paths would bury them). */
    private static <T> void assertSame(String what, Collection<T> expected, Collection<T> actual) {
        Set<T> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<T> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": missing " + missing + ", unexpected " + extra);
    }

    static void assertAgree(Database db, GeneratedSmp smp) throws IOException {
        // Disk: every expired store gone, every kept one byte for byte as generated, nothing else touched.
        for (Path gone : smp.expired.keySet()) {
            assertFalse(Files.exists(gone), "expired store still on disk: " + gone);
        }
        for (var kept : smp.kept.entrySet()) {
            assertEquals(kept.getValue(), GeneratedSmp.hash(kept.getKey()), "kept store changed: " + kept.getKey());
        }
        assertSame("the share holds exactly the kept stores", smp.kept.keySet(), smp.onDisk());

        // Journal: every run finished, one DELETED step per expired store with its bytes, nothing failed, refused, skipped or twice.
        StateMigrationStorage storage = StateMigrationStorage.jdbc(db);
        List<JournalRun> runs = storage.journal().runs(GeneratedSmp.SERVER, 1000);
        assertTrue(runs.stream().allMatch(JournalRun::finished), "unfinished run left: " + runs);
        List<JournalStep> steps = new ArrayList<>();
        runs.forEach(r -> steps.addAll(storage.journal().steps(r.runId())));
        Map<Path, JournalStep> deleted = new HashMap<>();
        for (JournalStep s : steps) {
            assertEquals(StepState.DELETED, s.state(), "step " + s);
            assertNull(deleted.put(Path.of(s.storePath()), s), "store deleted twice: " + s);
        }
        assertSame("the journal's deletions are exactly the expired stores", smp.expired.keySet(), deleted.keySet());
        for (var e : smp.expired.entrySet()) {
            assertEquals(e.getValue(), deleted.get(e.getKey()).bytesDeleted(), "bytes of " + e.getKey());
        }

        // Associations: the expired ones have their deletion date, the kept ones none.
        for (ComputerAssociation a : storage.associations().all()) {
            Path store = smp.share.resolve(a.storePath().substring(a.storePath().lastIndexOf('\\') + 1));
            if (smp.expired.containsKey(store)) {
                assertNotNull(a.storeDeletionDate(), "association of a deleted store without StoreDeletionDate: " + a.sourceName());
            } else {
                assertNull(a.storeDeletionDate(), "kept store's association marked deleted: " + a.sourceName());
            }
        }

        // Audit: one "ok" deletion entry per expired store, none for anything else, no failure.
        List<AuditEntry> audit = AuditJournal.jdbc(db).recent(100_000).stream().filter(e -> e.action().startsWith("smp.store")).toList();
        assertTrue(audit.stream().allMatch(e -> e.outcome().equals("ok")), "an audited failure: " + audit);
        List<String> targets = audit.stream().map(AuditEntry::target).sorted().toList();
        assertEquals(targets.size(), new TreeSet<>(targets).size(), "a store audited twice");
        assertSame("one audit entry per deleted store", smp.expired.keySet().stream().map(Path::toString).toList(), targets);

        assertTrue(storage.locks().find(GeneratedSmp.SERVER).isEmpty(), "the SMP's cleanup lock is released");
    }
}
