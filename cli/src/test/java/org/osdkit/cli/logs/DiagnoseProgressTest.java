package org.osdkit.cli.logs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;

/** {@code logs diagnose} of a big file draws its progress (bytes read) on stderr; the findings' JSON stays alone on stdout. */
class DiagnoseProgressTest {

    @TempDir
    Path tmp;

    @Test
    void diagnoseOfABigLogShowsProgressOnStderrOnly() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            log.append("Line ").append(i).append(" of a long plain log, nothing wrong here\r\n");
        }
        Path file = Files.writeString(tmp.resolve("big.log"), log);
        CliRun run = CliRun.in(tmp.resolve("ws"), "--output", "json", "--progress", "logs", "diagnose", file.toString(), "--no-save");
        assertTrue(run.err().contains("Diagnosing 1 log file") && run.err().contains("100%"), run.err());
        assertTrue(run.out().strip().startsWith("{") && !run.out().contains("Diagnosing"), run.out());

        CliRun quiet = CliRun.in(tmp.resolve("ws"), "logs", "diagnose", file.toString(), "--no-save");
        assertFalse(quiet.err().contains("Diagnosing"), quiet.err());
    }
}
