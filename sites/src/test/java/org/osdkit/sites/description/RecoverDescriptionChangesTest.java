package org.osdkit.sites.description;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.SiteType;
import org.osdkit.sites.description.AttemptRecovery.Found;
import org.osdkit.sites.description.AttemptRecovery.Result;
import org.osdkit.sites.hierarchy.Site;
import org.osdkit.sites.service.ServiceController;
import org.osdkit.sites.service.ServiceState;

/**
 * A run killed at each step, played in this JVM by an {@link Error} thrown from the step (nothing of
 * osdkit catches it, so the attempt stays as a kill leaves it), then recovered: each way recovery can go.
 * The real kill -9 loop is in the CLI's {@code DescriptionChangeKillLoopTest}.
 */
class RecoverDescriptionChangesTest extends DescriptionChangeFixture {

    /** Plays the kill: an Error, which the change's failure handling (RuntimeException only) lets through. */
    static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    private byte[] intended() {
        return withName(original, "Brussels Secondary", "New Name");
    }

    private void killedRun(ControlFileDisk disk) {
        assertThrows(Killed.class, () -> change(disk, "New Name", true, false));
    }

    private RecoveryReport recover(SiteCode site) {
        return recovery(new LocalDisk()).run(site, false, service, progress::add);
    }

    private AttemptRecovery recoverOnly() {
        RecoveryReport report = recover(null);
        assertEquals(1, report.recoveries().size(), report.toString());
        assertTrue(history.unfinished(null).isEmpty() || report.problems());
        return report.recoveries().get(0);
    }

    private Path backup() {
        return file.resolveSibling("history/osdkit-20090212T102700Z-sitectrl.ct0.bak");
    }

    @Test
    void withNothingUnfinishedThereIsNothingToDo() {
        RecoveryReport report = recover(null);
        assertTrue(report.nothingUnfinished());
        assertFalse(report.problems());
        assertEquals(List.of(), service.calls());
    }

    @Test
    void killedWhileStartingAfterTheWriteTheChangeIsFinished() throws IOException {
        inventory.replaceAll(List.of(new Site(SE1, "Brussels Secondary", SiteType.SECONDARY, SiteCode.of("PR1"), null, null, "test")), CLOCK.instant());
        service.whileStarting(() -> {
            throw new Killed();
        });
        killedRun(new LocalDisk());
        assertEquals(ServiceState.STOPPED, service.state());
        assertEquals(AttemptState.VERIFIED, onlyAttempt().state());
        assertTrue(history.list(null, 10).isEmpty());

        service.whileStarting(() -> { });
        AttemptRecovery r = recoverOnly();
        assertEquals(Found.INTENDED, r.found());
        assertEquals(Result.APPLIED, r.result());
        assertArrayEquals(intended(), current());
        assertEquals(ServiceState.RUNNING, service.state());
        SiteChange change = history.find(r.changeId()).orElseThrow();
        assertEquals("New Name", change.newValue());
        assertEquals(AttemptState.APPLIED, onlyAttempt().state());
        assertEquals(change.id(), onlyAttempt().changeId());
        assertEquals("New Name", inventory.load().find(SE1).orElseThrow().name());
        assertEquals(RecoverDescriptionChanges.ACTION, audit.entries.get(audit.entries.size() - 1).action());
        assertTrue(audit.entries.get(audit.entries.size() - 1).outcome().startsWith("applied"), audit.entries.toString());
        assertTrue(recover(null).nothingUnfinished(), "a second recovery finds nothing");
    }

    /** The defect of issue 10 item 5: the next run used to see STOPPED, write, leave it stopped and exit 0. */
    @Test
    void theNextChangeFinishesTheKilledOneFirstAndLeavesTheServiceRunning() throws IOException {
        service.whileStarting(() -> {
            throw new Killed();
        });
        killedRun(new LocalDisk());
        service.whileStarting(() -> { });

        DescriptionChangeOutcome next = change("Brussels North", true, false);
        assertEquals(ServiceState.RUNNING, service.state());
        assertEquals(ServiceState.RUNNING, history.attempt(2).orElseThrow().serviceBefore(), "the killed run's state was recovered before this run looked");
        assertArrayEquals(withName(original, "Brussels Secondary", "Brussels North"), current());
        assertEquals(List.of("Brussels North", "New Name"), history.list(SE1, 10).stream().map(SiteChange::newValue).toList());
        assertEquals("New Name", next.applied().oldValue());
        assertTrue(progress.stream().anyMatch(p -> p.contains("Change attempt 1 of site SE1 is unfinished")), progress.toString());
    }

    @Test
    void killedWhileStoppingTheNextChangeRollsTheAttemptBackAndStartsTheService() throws IOException {
        service.whileStopping(() -> {
            service.stopped();
            throw new Killed();
        });
        killedRun(new LocalDisk());
        assertEquals(AttemptState.PENDING, onlyAttempt().state());
        service.whileStopping(() -> { });

        RecoveryReport report = recovery(new LocalDisk()).run(SE1, false, service, progress::add);
        AttemptRecovery r = report.recoveries().get(0);
        assertEquals(Found.ORIGINAL, r.found());
        assertEquals(Result.ROLLED_BACK, r.result());
        assertTrue(r.done().contains("nothing to undo"), r.done());
        assertArrayEquals(original, current());
        assertEquals(ServiceState.RUNNING, service.state());
        assertEquals(AttemptState.ROLLED_BACK, onlyAttempt().state());
        assertTrue(audit.entries.get(audit.entries.size() - 1).outcome().startsWith("rolled back"), audit.entries.toString());
    }

    @Test
    void killedHalfWayThroughAWriteTheBackupIsRestoredByteForByte() throws IOException {
        ControlFileDisk halfWrite = new ChangeSiteDescriptionFailureTest.Delegating(new LocalDisk()) {
            @Override
            public void replace(Path target, byte[] content) throws IOException {
                // A write that is not atomic (a file system without rename over), cut off by the kill.
                try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
                }
                throw new Killed();
            }
        };
        killedRun(halfWrite);
        assertEquals(AttemptState.BACKED_UP, onlyAttempt().state());

        AttemptRecovery r = recoverOnly();
        assertEquals(Found.OTHER, r.found());
        assertEquals(Result.ROLLED_BACK, r.result());
        assertTrue(r.done().contains("Restored the original from " + backup()), r.done());
        assertArrayEquals(original, current());
        assertEquals(ServiceState.RUNNING, service.state());
    }

    @Test
    void killedBeforeTheWriteAFileSomeoneElseChangedIsLeftToThem() throws IOException {
        byte[] theirs = withName(original, "Brussels Secondary", "Written By The Site Component");
        service.whileStopping(() -> {
            write(file, theirs);
            service.stopped();
            throw new Killed();
        });
        killedRun(new LocalDisk());
        service.whileStopping(() -> { });

        AttemptRecovery r = recoverOnly();
        assertEquals(Found.OTHER, r.found());
        assertEquals(Result.ROLLED_BACK, r.result());
        assertTrue(r.done().contains("did not write"), r.done());
        assertArrayEquals(theirs, current());
        assertEquals(ServiceState.RUNNING, service.state());
    }

    @Test
    void aBackupThatIsNotTheOriginalIsNeverRestoredAndTheServiceStaysStopped() throws IOException {
        ControlFileDisk garbling = new ChangeSiteDescriptionFailureTest.Delegating(new LocalDisk()) {
            @Override
            public void replace(Path target, byte[] content) {
                write(target, "garbage".getBytes());
                throw new Killed();
            }
        };
        killedRun(garbling);
        write(backup(), "not the original either".getBytes());

        AttemptRecovery r = recoverOnly();
        assertEquals(Result.FAILED, r.result());
        assertTrue(r.done().contains("is not the original"), r.done());
        assertEquals(ServiceState.STOPPED, service.state(), "a damaged file is not given to a running service");
        assertArrayEquals("garbage".getBytes(), current());
        ChangeAttempt left = onlyAttempt();
        assertEquals(AttemptState.BACKED_UP, left.state());
        assertTrue(left.note().startsWith("Recovery failed"), left.note());
        assertTrue(audit.entries.get(audit.entries.size() - 1).outcome().startsWith("failed"), audit.entries.toString());

        OsdkitException e = assertThrows(OsdkitException.class, () -> change("Other Name", true, false));
        assertEquals(SiteErrors.RECOVERY_FAILED, e.code());
        assertTrue(e.describe().contains("sites recover --site SE1"), e.describe());
    }

    @Test
    void anIntendedFileWhoseServiceWillNotStartIsRolledBack() throws IOException {
        service.whileStarting(() -> {
            throw new Killed();
        });
        killedRun(new LocalDisk());
        service.whileStarting(() -> { });
        service.failStart(4);

        AttemptRecovery r = recoverOnly();
        assertEquals(Found.INTENDED, r.found());
        assertEquals(Result.ROLLED_BACK, r.result());
        assertTrue(r.done().contains("did not start") && r.done().contains("Restored the original"), r.done());
        assertArrayEquals(original, current());
        assertEquals(ServiceState.RUNNING, service.state());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), sleeps);
        assertTrue(history.list(null, 10).isEmpty());
    }

    @Test
    void aServiceThatNeverStartsLeavesTheAttemptUnfinished() {
        service.whileStopping(() -> {
            service.stopped();
            throw new Killed();
        });
        killedRun(new LocalDisk());
        service.whileStopping(() -> { });
        service.failStart(100);

        AttemptRecovery r = recoverOnly();
        assertEquals(Result.FAILED, r.result());
        assertTrue(r.done().contains("did not start"), r.done());
        assertFalse(onlyAttempt().state().finished());
    }

    @Test
    void aServiceStoppedBeforeTheChangeStaysStopped() throws IOException {
        service.stopped();
        ControlFileDisk killedAfterWrite = new ChangeSiteDescriptionFailureTest.Delegating(new LocalDisk()) {
            @Override
            public void replace(Path target, byte[] content) throws IOException {
                super.replace(target, content);
                throw new Killed();
            }
        };
        killedRun(killedAfterWrite);
        assertEquals(ServiceState.STOPPED, onlyAttempt().serviceBefore());

        AttemptRecovery r = recoverOnly();
        assertEquals(Found.INTENDED, r.found());
        assertEquals(Result.APPLIED, r.result());
        assertEquals(ServiceState.STOPPED, service.state());
        assertFalse(service.calls().contains("start"));
        assertArrayEquals(intended(), current());
    }

    @Test
    void whatIfOnlyTells() throws IOException {
        service.whileStarting(() -> {
            throw new Killed();
        });
        killedRun(new LocalDisk());
        List<String> before = List.copyOf(service.calls());

        RecoveryReport report = recovery(new LocalDisk()).run(null, true, service, progress::add);
        assertEquals(Result.WOULD_RECOVER, report.recoveries().get(0).result());
        assertTrue(report.recoveries().get(0).done().contains("record the change as applied"), report.recoveries().get(0).done());
        assertEquals(before, service.calls());
        assertArrayEquals(intended(), current());
        assertEquals(AttemptState.VERIFIED, onlyAttempt().state());
    }

    @Test
    void aGateThatSaysNoLeavesTheAttemptUnfinishedAndIsAskedWithWhatWouldBeDone() throws IOException {
        service.whileStarting(() -> {
            throw new Killed();
        });
        killedRun(new LocalDisk());
        service.whileStarting(() -> { });
        List<org.osdkit.core.whatif.PlannedOperation> asked = new java.util.ArrayList<>();

        RecoveryReport report = recovery(new LocalDisk()).run(null, change -> asked.add(change) && false, service, progress::add);
        assertEquals(Result.DECLINED, report.recoveries().get(0).result());
        assertFalse(report.problems(), "the admin chose");
        assertEquals(RecoverDescriptionChanges.OPERATION, asked.get(0).operation());
        assertEquals("change attempt 1 of site SE1", asked.get(0).target());
        assertTrue(asked.get(0).detail().startsWith("finish it"), asked.get(0).detail());
        assertFalse(onlyAttempt().state().finished());
        assertEquals(ServiceState.STOPPED, service.state());

        assertEquals(Result.APPLIED, recovery(new LocalDisk()).run(null, change -> true, service, progress::add).recoveries().get(0).result());
    }

    @Test
    void anAttemptMadeWithAnotherServiceIsLeftForItsOwnSiteOptions() {
        service.whileStarting(() -> {
            throw new Killed();
        });
        killedRun(new LocalDisk());
        List<String> calls = new java.util.ArrayList<>();
        ServiceController other = new ServiceController() {
            @Override
            public String description() {
                return "another site server's SMS_EXECUTIVE";
            }

            @Override
            public ServiceState query() {
                calls.add("query");
                return ServiceState.STOPPED;
            }

            @Override
            public void stop() {
                calls.add("stop");
            }

            @Override
            public void start() {
                calls.add("start");
            }
        };

        RecoveryReport all = recovery(new LocalDisk()).run(null, false, other, progress::add);
        assertEquals(Result.SKIPPED, all.recoveries().get(0).result());
        assertTrue(all.problems());
        assertEquals(List.of(), calls);

        // Naming the site says these are its service options.
        service.whileStarting(() -> { });
        assertEquals(Result.APPLIED, recovery(new LocalDisk()).run(SE1, false, service, progress::add).recoveries().get(0).result());
    }

    @Test
    void anAttemptStillRunningInThisProcessIsLeftAloneAndBlocksAChangeOfItsSite() {
        AttemptOwner running = AttemptOwners.startRun();
        try {
            history.begin(attempt(running, CLOCK.instant()));
            RecoveryReport report = recover(null);
            assertEquals(Result.IN_PROGRESS, report.recoveries().get(0).result());
            assertFalse(report.problems());
            OsdkitException e = assertThrows(OsdkitException.class, () -> change("Other Name", true, false));
            assertEquals(SiteErrors.CHANGE_IN_PROGRESS, e.code());
        } finally {
            AttemptOwners.finished(running);
        }
        assertEquals(Result.ROLLED_BACK, recover(null).recoveries().get(0).result(), "once its run has ended it is recovered");
    }

    @Test
    void anAttemptFromAnotherMachineIsRecoveredOnlyAfterItHasBeenQuietLongEnough() {
        history.begin(attempt(new AttemptOwner("SE1SRV01-ADMIN", 4711, null, "r"), CLOCK.instant()));
        assertEquals(Result.IN_PROGRESS, recover(null).recoveries().get(0).result());
        Clock later = Clock.offset(CLOCK, AttemptOwners.OTHER_HOST_QUIET.plusSeconds(1));
        RecoverDescriptionChanges afterQuiet = new RecoverDescriptionChanges(history, inventory, audit, later, DescriptionChangeFixture.KENNY, new LocalDisk(), retry);
        assertEquals(Result.ROLLED_BACK, afterQuiet.run(null, false, service, progress::add).recoveries().get(0).result());
    }

    @Test
    void aProcessThatIsGoneIsNotRunningIt() throws Exception {
        Process gone = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true).start();
        gone.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        gone.waitFor();
        AttemptOwner dead = new AttemptOwner(AttemptOwners.startRun().host(), gone.pid(), gone.info().startInstant().orElse(null), "r");
        ChangeAttempt a = history.begin(attempt(dead, CLOCK.instant()));
        assertTrue(AttemptOwners.stillRunning(a, CLOCK.instant()).isEmpty());
        AttemptOwner alive = new AttemptOwner(dead.host(), ProcessHandle.current().parent().orElseThrow().pid(),
                ProcessHandle.current().parent().orElseThrow().info().startInstant().orElse(null), "r");
        assertTrue(AttemptOwners.stillRunning(history.begin(attempt(alive, CLOCK.instant())), CLOCK.instant()).isPresent());
    }

    private ChangeAttempt attempt(AttemptOwner owner, Instant at) {
        return new ChangeAttempt(0, at, at, "kenny", owner, SE1, file.toString(), "Brussels Secondary", "New Name", Sha256.of(original),
                Sha256.of(intended()), backup().toString(), service.description(), ServiceState.RUNNING, null, AttemptState.PENDING, null, null);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
