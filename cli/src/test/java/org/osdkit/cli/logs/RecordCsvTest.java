package org.osdkit.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.command.ExitCodes;

/** {@code osdkit logs parse --output csv}: one row per record under the same header, quoted as RFC 4180 says. */
class RecordCsvTest {

    @TempDir
    Path dir;

    @Test
    void aMessageWithCommasQuotesAndLineBreaksStaysOneCell() throws Exception {
        Path log = Files.writeString(dir.resolve("smsts.log"),
                "<![LOG[Apply OS, \"Windows 10\"\nsecond line]LOG]!><time=\"10:00:00.459+000\" date=\"07-30-2026\" component=\"TSManager\""
                        + " context=\"\" type=\"1\" thread=\"12\" file=\"\">\r\n");
        CliRun run = CliRun.in(dir.resolve("ws"), "logs", "parse", log.toString(), "--output", "csv");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String nl = System.lineSeparator();
        assertEquals("Source,Line,Kind,LocalTime,Bias,UTC,Zone,Component,Thread,Severity,File,Message,Problem,SeverityGuessed,TimeNote" + nl
                + log + ",1,ENTRY,2026-07-30T10:00:00.459,0,2026-07-30T10:00:00.459Z,KNOWN,TSManager,12,INFO,,"
                + "\"Apply OS, \"\"Windows 10\"\"\nsecond line\",,false," + nl, run.out());
    }
}
