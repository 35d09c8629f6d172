package org.osdkit.sites.service;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a service state from {@code sc query} output, a {@code Get-Service} status, or a bare word. */
final class ServiceStates {

    private static final Pattern SC_STATE = Pattern.compile("STATE\\s*:\\s*(\\d)\\s+(\\w+)");
    private static final Pattern WORD = Pattern.compile("\\b(STOPPED|START_?PENDING|STOP_?PENDING|RUNNING|CONTINUE_?PENDING|PAUSE_?PENDING|PAUSED)\\b");

    private ServiceStates() {
    }

    static ServiceState parse(String output) {
        Matcher sc = SC_STATE.matcher(output);
        if (sc.find()) {
            int code = Integer.parseInt(sc.group(1));
            return code >= 1 && code <= 7 ? ServiceState.values()[code - 1] : ServiceState.UNKNOWN;
        }
        Matcher word = WORD.matcher(output.toUpperCase(Locale.ROOT));
        if (word.find()) {
            String w = word.group(1);
            for (ServiceState s : ServiceState.values()) {
                if (s.name().replace("_", "").equals(w.replace("_", ""))) {
                    return s;
                }
            }
        }
        return ServiceState.UNKNOWN;
    }
}
