package org.osdkit.sites.service;

import java.time.Duration;
import java.util.List;

/** The service controller adapters: Windows' {@code sc.exe}, or commands an administrator supplies. */
public final class ServiceControllers {

    /** The service that hosts the site control manager in SMS 2003 and ConfigMgr 2007. */
    public static final String SMS_EXECUTIVE = "SMS_EXECUTIVE";
    /** How long to wait for a stop or start by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    private ServiceControllers() {
    }

    /**
     * Controls {@code service} with {@code sc.exe [\\server] stop|start|query <service>}, polling once a
     * second until the state is reached or {@code timeout} has passed. Works on Windows only.
     *
     * @param server the site server, or {@code null} for this machine
     */
    public static ServiceController windows(String server, String service, Duration timeout) {
        return new ScExeServiceController(new SystemProcessRunner(), Ticker.system(), server, service, timeout, Duration.ofSeconds(1));
    }

    /**
     * Runs administrator-supplied shell commands ({@code cmd.exe /c} on Windows, {@code /bin/sh -c}
     * elsewhere) to stop, start and query the service; the query command must print a state word
     * ({@code RUNNING}, {@code STOPPED}, {@code STOP_PENDING} ... as {@code sc query} or
     * {@code Get-Service} print them). Use it for remote or scripted setups.
     */
    public static ServiceController commands(String stop, String start, String query, Duration timeout) {
        return new CommandServiceController(new SystemProcessRunner(), Ticker.system(), shell(), stop, start, query, timeout, Duration.ofSeconds(1));
    }

    private static List<String> shell() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")
                ? List.of("cmd.exe", "/c") : List.of("/bin/sh", "-c");
    }
}
