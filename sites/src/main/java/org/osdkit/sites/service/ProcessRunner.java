package org.osdkit.sites.service;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs an external program: the seam that lets the sc.exe adapter be tested where sc.exe does not exist. */
interface ProcessRunner {

    /**
     * The program's outcome; fails only when it cannot be started.
     *
     * @param exitCode the exit code, or -1 when it was killed after {@code timeout}
     * @param output   standard output and error, merged
     */
    record Result(int exitCode, String output, boolean timedOut) {
    }

    Result run(List<String> command, Duration timeout) throws IOException;
}
