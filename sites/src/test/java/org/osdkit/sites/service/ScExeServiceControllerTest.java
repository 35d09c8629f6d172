package org.osdkit.sites.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

class ScExeServiceControllerTest extends ServiceControllerContract {

    private final FakeScExe sc = new FakeScExe();
    private final ManualTicker ticker = new ManualTicker();

    private ScExeServiceController controller(String server) {
        return new ScExeServiceController(sc, ticker, server, "SMS_EXECUTIVE", Duration.ofSeconds(180), Duration.ofSeconds(1));
    }

    @Override
    protected ServiceController runningService() {
        return controller("SE1SRV01");
    }

    @Test
    void stopIssuesScExeStopForTheRemoteServerAndPollsUntilStopped() {
        controller("\\\\SE1SRV01").stop();
        List<String> query = List.of("sc.exe", "\\\\SE1SRV01", "query", "SMS_EXECUTIVE");
        assertEquals(List.of(query, List.of("sc.exe", "\\\\SE1SRV01", "stop", "SMS_EXECUTIVE"), query, query, query), sc.commands);
        assertEquals(2, ticker.pauses(), "two polls saw STOP_PENDING");
    }

    @Test
    void localMachineCommandsNameNoServer() {
        controller(null).stop();
        assertEquals(List.of("sc.exe", "stop", "SMS_EXECUTIVE"), sc.commands.get(1));
    }

    @Test
    void startIssuesScExeStartAndWaitsForRunning() {
        ScExeServiceController service = controller("SE1SRV01");
        service.stop();
        sc.commands.clear();
        service.start();
        assertEquals(List.of("sc.exe", "\\\\SE1SRV01", "start", "SMS_EXECUTIVE"), sc.commands.get(1));
        assertEquals(ServiceState.RUNNING, service.query());
    }

    @Test
    void aServiceStuckInStopPendingTimesOut() {
        sc.stuck = true;
        OsdkitException e = assertThrows(OsdkitException.class, () -> controller("SE1SRV01").stop());
        assertEquals(SiteErrors.SERVICE_STOP_FAILED, e.code());
        assertTrue(e.getMessage().contains("did not stop within 180 s (last state STOP_PENDING)"), e.getMessage());
        assertEquals(Duration.ofSeconds(180), ticker.elapsed());
    }

    @Test
    void accessDeniedIsAStopFailureQuotingScExe() {
        sc.accessDenied = true;
        OsdkitException e = assertThrows(OsdkitException.class, () -> controller("SE1SRV01").stop());
        assertEquals(SiteErrors.SERVICE_STOP_FAILED, e.code());
        assertTrue(e.getMessage().contains("exit code 5") && e.getMessage().contains("Access is denied"), e.getMessage());
    }

    @Test
    void aMissingServiceIsUnavailable() {
        sc.missingService = true;
        OsdkitException e = assertThrows(OsdkitException.class, () -> controller("SE1SRV01").query());
        assertEquals(SiteErrors.SERVICE_UNAVAILABLE, e.code());
        assertTrue(e.getMessage().contains("1060"), e.getMessage());
    }

    @Test
    void withoutScExeTheErrorPointsAtTheCommandAdapter() {
        sc.notInstalled = true;
        OsdkitException e = assertThrows(OsdkitException.class, () -> controller(null).query());
        assertEquals(SiteErrors.SERVICE_UNAVAILABLE, e.code());
        assertTrue(e.describe().contains("--service-stop"), e.describe());
    }

    @Test
    void readsStatesFromScQueryGetServiceAndBareWords() {
        assertEquals(ServiceState.STOP_PENDING, ServiceStates.parse("        STATE              : 3  STOP_PENDING \r\n"));
        assertEquals(ServiceState.RUNNING, ServiceStates.parse("Running"));
        assertEquals(ServiceState.START_PENDING, ServiceStates.parse("Status: StartPending"));
        assertEquals(ServiceState.UNKNOWN, ServiceStates.parse("no idea"));
    }
}
