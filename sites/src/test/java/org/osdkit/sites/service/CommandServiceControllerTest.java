package org.osdkit.sites.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

/** Runs real shell commands: the service is a state file the commands rewrite. */
@DisabledOnOs(OS.WINDOWS)
class CommandServiceControllerTest extends ServiceControllerContract {

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();

    private CommandServiceController controller(String stop, String start, String query) {
        return new CommandServiceController(new SystemProcessRunner(), ticker, List.of("/bin/sh", "-c"), stop, start, query,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    private Path state(String initial) {
        try {
            return Files.writeString(dir.resolve("state"), initial + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected ServiceController runningService() {
        Path state = state("RUNNING");
        return controller("echo STOPPED > '" + state + "'", "echo RUNNING > '" + state + "'", "cat '" + state + "'");
    }

    @Test
    void pollsThroughStopPendingUntilTheQuerySaysStopped() throws IOException {
        Path state = state("RUNNING");
        Path count = Files.writeString(dir.resolve("count"), "0");
        // The stop command only asks; the first two queries afterwards still see STOP_PENDING.
        String query = "s=$(cat '" + state + "'); if [ \"$s\" = STOP_PENDING ]; then n=$(cat '" + count + "'); n=$((n+1)); echo $n > '" + count
                + "'; if [ $n -gt 2 ]; then echo STOPPED > '" + state + "'; fi; fi; cat '" + state + "'";
        CommandServiceController service = controller("echo STOP_PENDING > '" + state + "'", "echo RUNNING > '" + state + "'", query);
        service.stop();
        assertEquals(ServiceState.STOPPED, service.query());
        assertEquals(2, ticker.pauses());
    }

    @Test
    void aFailingStopCommandIsAStopFailureWithItsOutput() {
        Path state = state("RUNNING");
        OsdkitException e = assertThrows(OsdkitException.class,
                () -> controller("echo 'access denied' >&2; exit 3", "true", "cat '" + state + "'").stop());
        assertEquals(SiteErrors.SERVICE_STOP_FAILED, e.code());
        assertTrue(e.getMessage().contains("exit code 3") && e.getMessage().contains("access denied"), e.getMessage());
    }

    @Test
    void aServiceThatNeverStopsTimesOut() {
        Path state = state("RUNNING");
        OsdkitException e = assertThrows(OsdkitException.class, () -> controller("true", "true", "cat '" + state + "'").stop());
        assertEquals(SiteErrors.SERVICE_STOP_FAILED, e.code());
        assertEquals(Duration.ofSeconds(30), ticker.elapsed());
    }

    @Test
    void aQueryWithoutAStateWordIsRefused() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> controller("true", "true", "echo hello").query());
        assertEquals(SiteErrors.SERVICE_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("printed no service state"), e.getMessage());
    }

    @Test
    void allThreeCommandsAreRequired() {
        assertEquals(SiteErrors.SERVICE_UNAVAILABLE, assertThrows(OsdkitException.class, () -> controller("true", " ", "true")).code());
    }
}
