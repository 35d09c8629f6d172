package org.osdkit.logs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;

class LogInputsTest {

    @TempDir
    Path dir;

    @Test
    void aFolderExpandsToItsLogsWithGenerationsOldestFirst() throws IOException {
        for (String name : List.of("CAS.log", "CAS.lo_", "smsts.log", "smsts-20240105-101112.log", "smsts-20240104-090000.log",
                "MP_GetPolicy.log.2", "MP_GetPolicy.log.1", "MP_GetPolicy.log.20260729-235700", "MP_GetPolicy.log", "notes.txt")) {
            Logs.write(dir, name, "x\n");
        }
        List<String> names = LogInputs.expand(List.of(dir.toString()), false).stream().map(f -> f.path().getFileName().toString()).toList();
        assertEquals(List.of("CAS.lo_", "CAS.log",
                "MP_GetPolicy.log.20260729-235700", "MP_GetPolicy.log.2", "MP_GetPolicy.log.1", "MP_GetPolicy.log",
                "smsts-20240104-090000.log", "smsts-20240105-101112.log", "smsts.log"), names);
    }

    @Test
    void generationsMapToTheirLogName() {
        assertEquals("CAS.log", LogFile.of(Path.of("CAS.lo_")).logName());
        assertEquals("smsts.log", LogFile.of(Path.of("smsts-20240105-101112.log")).logName());
        assertEquals("AppEnforce.log", LogFile.of(Path.of("AppEnforce.log.2")).logName());
        assertEquals("smpmgr.log", LogFile.of(Path.of("smpmgr.log")).logName());
    }

    @Test
    void aGlobMatchesFileNamesInItsFolder() throws IOException {
        Logs.write(dir, "CAS.log", "x\n");
        Logs.write(dir, "CAS.lo_", "x\n");
        Logs.write(dir, "ccmexec.log", "x\n");
        Logs.write(dir, "sub/CAS.log", "x\n");
        List<LogFile> files = LogInputs.expand(List.of(dir + "/CAS*"), false);
        assertEquals(List.of("CAS.lo_", "CAS.log"), files.stream().map(f -> f.path().getFileName().toString()).toList());
        assertEquals(4, LogInputs.expand(List.of(dir.toString()), true).size());
    }

    @Test
    void missingInputsAndEmptyFoldersAreNamedInTheError() throws IOException {
        OsdkitException missing = assertThrows(OsdkitException.class, () -> LogInputs.expand(List.of(dir + "/nope.log"), false));
        assertEquals(LogsErrors.INPUT_NOT_FOUND, missing.code());
        Logs.write(dir, "empty/readme.txt", "x");
        OsdkitException empty = assertThrows(OsdkitException.class, () -> LogInputs.expand(List.of(dir.resolve("empty").toString()), false));
        assertEquals(true, empty.getMessage().contains("holds no .log"));
        assertThrows(OsdkitException.class, () -> LogInputs.expand(List.of(dir + "/*.nothing"), false));
    }
}
