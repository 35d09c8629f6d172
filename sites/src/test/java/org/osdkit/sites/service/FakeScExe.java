package org.osdkit.sites.service;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers like {@code sc.exe} does for one service: stop and start go through a pending state for a
 * few queries, the harmless 1062/1056 errors, access denied (5), and a missing service (1060).
 */
final class FakeScExe implements ProcessRunner {

    final List<List<String>> commands = new ArrayList<>();
    private int state = 4;
    private int pendingQueries;
    int pendingLength = 2;
    boolean accessDenied;
    boolean missingService;
    boolean stuck;
    boolean notInstalled;

    @Override
    public Result run(List<String> command, Duration timeout) throws IOException {
        if (notInstalled) {
            throw new IOException("Cannot run program \"sc.exe\": error=2, No such file or directory");
        }
        commands.add(List.copyOf(command));
        String verb = command.get(command.size() - 2);
        if (missingService) {
            return new Result(1060, "[SC] OpenService FAILED 1060:\r\n\r\nThe specified service does not exist as an installed service.\r\n", false);
        }
        switch (verb) {
            case "query" -> {
                if (state == 3 || state == 2) {
                    if (!stuck && ++pendingQueries > pendingLength) {
                        state = state == 3 ? 1 : 4;
                        pendingQueries = 0;
                    }
                }
                return new Result(0, queryOutput(command.get(command.size() - 1)), false);
            }
            case "stop" -> {
                if (accessDenied) {
                    return new Result(5, "[SC] OpenService FAILED 5:\r\n\r\nAccess is denied.\r\n", false);
                }
                if (state == 1) {
                    return new Result(1062, "[SC] ControlService FAILED 1062:\r\n\r\nThe service has not been started.\r\n", false);
                }
                state = 3;
                return new Result(0, queryOutput(command.get(command.size() - 1)), false);
            }
            case "start" -> {
                if (state == 4) {
                    return new Result(1056, "[SC] StartService FAILED 1056:\r\n\r\nAn instance of the service is already running.\r\n", false);
                }
                state = 2;
                return new Result(0, queryOutput(command.get(command.size() - 1)), false);
            }
            default -> {
                return new Result(1639, "ERROR:  Unrecognized command\r\n", false);
            }
        }
    }

    private String queryOutput(String service) {
        String[] names = {"", "STOPPED", "START_PENDING", "STOP_PENDING", "RUNNING"};
        return "\r\nSERVICE_NAME: " + service + "\r\n        TYPE               : 10  WIN32_OWN_PROCESS\r\n"
                + "        STATE              : " + state + "  " + names[state] + "\r\n"
                + "                                (STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)\r\n"
                + "        WIN32_EXIT_CODE    : 0  (0x0)\r\n        SERVICE_EXIT_CODE  : 0  (0x0)\r\n"
                + "        CHECKPOINT         : 0x0\r\n        WAIT_HINT          : 0x0\r\n";
    }
}
