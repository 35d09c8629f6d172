package org.osdkit.sites.description;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.service.ServiceState;

/**
 * Every failure leaves the original file (unchanged or restored byte for byte) and a running service,
 * and the attempt recorded as rolled back; only when the service cannot be put back does it stay unfinished.
 */
class ChangeSiteDescriptionFailureTest extends DescriptionChangeFixture {

    private void assertIntactAndRunning() throws IOException {
        assertArrayEquals(original, current());
        assertEquals(ServiceState.RUNNING, service.state());
        assertTrue(history.list(null, 10).isEmpty());
        assertTrue(audit.entries.get(audit.entries.size() - 1).outcome().startsWith("failed") || audit.entries.get(audit.entries.size() - 1).outcome().startsWith("refused"));
        history.attempt(1).ifPresent(attempt -> assertEquals(AttemptState.ROLLED_BACK, attempt.state(), attempt.note()));
        assertTrue(history.unfinished(null).isEmpty());
    }

    @Test
    void aServiceThatRefusesToStopLeavesEverythingAlone() throws IOException {
        service.failStop();
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, false));
        assertEquals(SiteErrors.SERVICE_STOP_FAILED, e.code());
        assertTrue(e.getMessage().contains("was not touched"), e.getMessage());
        assertIntactAndRunning();
        assertFalse(Files.list(file.resolveSibling("history")).findAny().isPresent(), "no backup before the service stopped");
    }

    @Test
    void aStartThatFailsIsTriedAgainWithBackOffBeforeAnythingIsUndone() throws IOException {
        service.failStart(2);
        DescriptionChangeOutcome outcome = change("New Name", true, false);
        assertArrayEquals(withName(original, "Brussels Secondary", "New Name"), current());
        assertEquals(ServiceState.RUNNING, service.state());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
        assertEquals(List.of("query", "stop", "start", "start", "start"), service.calls());
        ChangeAttempt attempt = onlyAttempt();
        assertEquals(AttemptState.APPLIED, attempt.state());
        assertEquals(outcome.applied().id(), attempt.changeId());
        assertTrue(attempt.note().contains("started on try 3 of 4"), attempt.note());
        assertTrue(progress.stream().anyMatch(p -> p.contains("trying again in 2 s (try 3 of 4)")), progress.toString());
    }

    @Test
    void aServiceThatWillNotStartAfterEveryTryRestoresTheOriginalAndStartsAgain() throws IOException {
        service.failStart(4);
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, false));
        assertEquals(SiteErrors.SERVICE_START_FAILED, e.code());
        assertTrue(e.getMessage().contains("did not start in 4 tries") && e.getMessage().contains("restored byte for byte")
                && e.getMessage().contains("was started again"), e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), sleeps);
        assertIntactAndRunning();
        assertTrue(onlyAttempt().note().contains("[SITE-SERVICE-START-FAILED]"), onlyAttempt().note());
    }

    @Test
    void aServiceThatNeverStartsSaysSoAfterRestoringAndLeavesTheAttemptForRecovery() throws IOException {
        service.failStart(8);
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, false));
        assertTrue(e.getMessage().contains("did NOT start again") && e.getMessage().contains("sites recover"), e.getMessage());
        assertArrayEquals(original, current());
        ChangeAttempt attempt = onlyAttempt();
        assertEquals(AttemptState.RESTORED, attempt.state(), "the original is back, the service not: recovery must still start it");
        assertTrue(attempt.note().contains("did NOT start again"), attempt.note());
    }

    @Test
    void aFullDiskWhileWritingKeepsTheOriginal() throws IOException {
        LocalDisk full = new LocalDisk((channel, content) -> {
            channel.write(java.nio.ByteBuffer.wrap(content, 0, content.length / 2));
            throw new IOException("No space left on device");
        });
        OsdkitException e = assertThrows(OsdkitException.class, () -> change(full, "New Name", true, false));
        assertEquals(SiteErrors.WRITE_FAILED, e.code());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertIntactAndRunning();
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("history", "incoming", "sitectrl.ct0"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the half-written temporary file is gone");
        }
    }

    @Test
    void aWriteThatComesOutWrongIsRolledBack() throws IOException {
        LocalDisk real = new LocalDisk();
        ControlFileDisk corrupting = new Delegating(real) {
            private boolean first = true;

            @Override
            public void replace(Path target, byte[] content) throws IOException {
                byte[] bytes = content.clone();
                if (first) {
                    bytes[0] = 'X';
                    first = false;
                }
                real.replace(target, bytes);
            }
        };
        OsdkitException e = assertThrows(OsdkitException.class, () -> change(corrupting, "New Name", true, false));
        assertEquals(SiteErrors.VERIFY_FAILED, e.code());
        assertTrue(e.getMessage().contains("restored byte for byte"), e.getMessage());
        assertIntactAndRunning();
    }

    @Test
    void whenEvenTheRestoreFailsTheServiceStaysStoppedAndTheBackupIsNamed() throws IOException {
        LocalDisk real = new LocalDisk();
        ControlFileDisk failing = new Delegating(real) {
            private int replaces;

            @Override
            public void replace(Path target, byte[] content) throws IOException {
                if (replaces++ > 0) {
                    throw new IOException("The network path was not found");
                }
                byte[] wrong = content.clone();
                wrong[0] = 'X';
                real.replace(target, wrong);
            }
        };
        OsdkitException e = assertThrows(OsdkitException.class, () -> change(failing, "New Name", true, false));
        assertEquals(SiteErrors.ROLLBACK_FAILED, e.code());
        assertTrue(e.describe().contains("osdkit-20090212T102700Z-sitectrl.ct0.bak") && e.getMessage().contains("left stopped"), e.describe());
        assertEquals(ServiceState.STOPPED, service.state());
        assertArrayEquals(original, Files.readAllBytes(file.resolveSibling("history/osdkit-20090212T102700Z-sitectrl.ct0.bak")));
        ChangeAttempt left = onlyAttempt();
        assertEquals(AttemptState.WRITTEN, left.state(), "unfinished: the file on disk is osdkit's wrong write");
        assertTrue(left.note().contains("[SITE-ROLLBACK-FAILED]"), left.note());

        // Once the disk works again, recovery finds a file that is neither and restores the backup.
        RecoveryReport report = recovery(new LocalDisk()).run(null, false, service, progress::add);
        assertEquals(AttemptRecovery.Found.OTHER, report.recoveries().get(0).found());
        assertEquals(AttemptRecovery.Result.ROLLED_BACK, report.recoveries().get(0).result());
        assertArrayEquals(original, current());
        assertEquals(ServiceState.RUNNING, service.state());
    }

    @Test
    void anUnexpectedErrorWhileStoppedStillRestartsTheService() throws IOException {
        ControlFileDisk buggy = new Delegating(new LocalDisk()) {
            @Override
            public void backup(Path from, Path to) {
                throw new IllegalStateException("bug");
            }
        };
        OsdkitException e = assertThrows(OsdkitException.class, () -> change(buggy, "New Name", true, false));
        assertEquals(SiteErrors.WRITE_FAILED, e.code());
        assertIntactAndRunning();
    }

    @Test
    void aHistoryThatCannotRecordTheEndSaysTheFileWasChangedAndRecoveryRecordsItLater() throws IOException {
        boolean[] down = {true};
        ChangeHistory failingAtTheEnd = new DelegatingHistory(history) {
            @Override
            public SiteChange applied(long attemptId, java.time.Instant changedAt, String note) {
                if (down[0]) {
                    throw new IllegalStateException("database unreachable");
                }
                return super.applied(attemptId, changedAt, note);
            }
        };
        ChangeSiteDescription useCase = new ChangeSiteDescription(failingAtTheEnd, inventory, audit, CLOCK, KENNY, new LocalDisk(), retry);
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> useCase.run(new DescriptionChangeRequest(file, SE1, "New Name", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.HISTORY_FAILED, e.code());
        assertTrue(e.getMessage().contains("WAS changed") && e.getMessage().contains(".bak"), e.getMessage());
        assertTrue(e.describe().contains("sites recover"), e.describe());
        assertArrayEquals(withName(original, "Brussels Secondary", "New Name"), current());
        assertEquals(ServiceState.RUNNING, service.state());
        assertEquals(AttemptState.VERIFIED, onlyAttempt().state());

        down[0] = false;
        RecoveryReport report = recovery(new LocalDisk()).run(SE1, false, service, progress::add);
        assertEquals(AttemptRecovery.Result.APPLIED, report.recoveries().get(0).result());
        assertEquals("New Name", history.list(SE1, 1).get(0).newValue());
    }

    @Test
    void aHistoryThatCannotRecordTheStartChangesNothing() throws IOException {
        ChangeHistory down = new DelegatingHistory(history) {
            @Override
            public ChangeAttempt begin(ChangeAttempt attempt) {
                throw new IllegalStateException("database unreachable");
            }
        };
        ChangeSiteDescription useCase = new ChangeSiteDescription(down, inventory, audit, CLOCK, KENNY, new LocalDisk(), retry);
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> useCase.run(new DescriptionChangeRequest(file, SE1, "New Name", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.HISTORY_FAILED, e.code());
        assertTrue(e.getMessage().startsWith("Not changed"), e.getMessage());
        assertArrayEquals(original, current());
        assertEquals(List.of("query"), service.calls());
    }

    @Test
    void aHistoryThatCannotRecordTheBackupStopsBeforeTheWrite() throws IOException {
        ChangeHistory downAtTheBackup = new DelegatingHistory(history) {
            @Override
            public ChangeAttempt advance(long attemptId, AttemptState state, String note, java.time.Instant at) {
                if (state == AttemptState.BACKED_UP) {
                    throw new IllegalStateException("database unreachable");
                }
                return super.advance(attemptId, state, note, at);
            }
        };
        ChangeSiteDescription useCase = new ChangeSiteDescription(downAtTheBackup, inventory, audit, CLOCK, KENNY, new LocalDisk(), retry);
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> useCase.run(new DescriptionChangeRequest(file, SE1, "New Name", null, null, true, false), service, progress::add));
        assertEquals(SiteErrors.HISTORY_FAILED, e.code());
        assertTrue(e.getMessage().contains("osdkit did not write the site control file"), e.getMessage());
        assertIntactAndRunning();
    }

    @Test
    void aFailingBackupChangesNothing() throws IOException {
        ControlFileDisk noBackup = new Delegating(new LocalDisk()) {
            @Override
            public void backup(Path from, Path to) throws IOException {
                throw new IOException("Access is denied");
            }
        };
        OsdkitException e = assertThrows(OsdkitException.class, () -> change(noBackup, "New Name", true, false));
        assertEquals(SiteErrors.BACKUP_FAILED, e.code());
        assertIntactAndRunning();
    }

    @Test
    void aFileRewrittenWhileTheServiceStopsIsLeftToItsWriter() throws IOException {
        byte[] theirs = withName(original, "Brussels Secondary", "Written By Someone Else");
        service.whileStopping(() -> {
            try {
                Files.write(file, theirs);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, false));
        assertEquals(SiteErrors.FILE_CHANGED, e.code());
        assertArrayEquals(theirs, current());
        assertEquals(ServiceState.RUNNING, service.state());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aReadOnlyFolderIsAClearErrorAndChangesNothing() throws IOException {
        Path box = file.getParent();
        Path history = box.resolve("history");
        var readOnly = PosixFilePermissions.fromString("r-xr-xr-x");
        Files.setPosixFilePermissions(history, readOnly);
        Files.setPosixFilePermissions(box, readOnly);
        try {
            boolean writable;
            try {
                Files.delete(Files.createTempFile(box, "probe", ".tmp"));
                writable = true;
            } catch (IOException e) {
                writable = false;
            }
            // root ignores permissions; the failing-writer tests above cover that case.
            assumeFalse(writable, "running as root: permissions do not stop writes");
            OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, false));
            assertEquals(SiteErrors.BACKUP_FAILED, e.code());
            assertIntactAndRunning();
        } finally {
            Files.setPosixFilePermissions(box, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aReadOnlyControlFileIsReportedBeforeTheServiceIsStopped() throws Exception {
        // The immutable flag stops every write, root's too (plain permissions do not): the analog of the read-only attribute.
        assumeTrue(chattr("+i", file), "this file system has no immutable flag");
        try {
            assertThrows(IOException.class, () -> Files.write(file, new byte[] {1}), "the flag really stops a write here");
            for (boolean whatIf : new boolean[] {true, false}) {
                OsdkitException e = assertThrows(OsdkitException.class, () -> change("New Name", true, whatIf));
                assertEquals(SiteErrors.FILE_READ_ONLY, e.code());
                assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not stopped"), e.getMessage());
            }
            assertFalse(service.calls().contains("stop"), service.calls().toString());
            assertEquals(ServiceState.RUNNING, service.state());
            assertTrue(history.attempt(1).isEmpty(), "nothing recorded as attempted");
            assertFalse(Files.list(file.resolveSibling("history")).findAny().isPresent(), "no backup either");
        } finally {
            chattr("-i", file);
        }
        assertArrayEquals(original, current());
    }

    private static boolean chattr(String flag, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    /** Passes every call to the real history unless a test overrides it. */
    private static class DelegatingHistory implements ChangeHistory {
        private final ChangeHistory real;

        DelegatingHistory(ChangeHistory real) {
            this.real = real;
        }

        @Override
        public ChangeAttempt begin(ChangeAttempt attempt) {
            return real.begin(attempt);
        }

        @Override
        public ChangeAttempt advance(long attemptId, AttemptState state, String note, java.time.Instant at) {
            return real.advance(attemptId, state, note, at);
        }

        @Override
        public SiteChange applied(long attemptId, java.time.Instant changedAt, String note) {
            return real.applied(attemptId, changedAt, note);
        }

        @Override
        public java.util.Optional<ChangeAttempt> attempt(long attemptId) {
            return real.attempt(attemptId);
        }

        @Override
        public List<ChangeAttempt> unfinished(org.osdkit.core.SiteCode site) {
            return real.unfinished(site);
        }

        @Override
        public java.util.Optional<SiteChange> find(long id) {
            return real.find(id);
        }

        @Override
        public List<SiteChange> list(org.osdkit.core.SiteCode site, int limit) {
            return real.list(site, limit);
        }
    }

    /** Passes every operation to a real disk unless a test overrides it. */
    static class Delegating implements ControlFileDisk {
        private final ControlFileDisk real;

        Delegating(ControlFileDisk real) {
            this.real = real;
        }

        @Override
        public byte[] read(Path file) throws IOException {
            return real.read(file);
        }

        @Override
        public void backup(Path from, Path to) throws IOException {
            real.backup(from, to);
        }

        @Override
        public void replace(Path target, byte[] content) throws IOException {
            real.replace(target, content);
        }

        @Override
        public List<Path> pendingDeltas(Path folder) throws IOException {
            return real.pendingDeltas(folder);
        }

        @Override
        public java.util.Optional<String> whyReadOnly(Path file) {
            return real.whyReadOnly(file);
        }
    }
}
