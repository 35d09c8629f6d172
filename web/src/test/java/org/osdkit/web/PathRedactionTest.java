package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathRedactionTest {

    @TempDir
    Path workspace;

    @Test
    void absolutePathsKeepOnlyTheirLastName() {
        String url = "jdbc:h2:file:" + workspace.resolve("db").resolve("osdkit") + ";AUTO_SERVER=TRUE";
        assertEquals("jdbc:h2:file:\u2026/osdkit;AUTO_SERVER=TRUE", PathRedaction.text(url));
        assertEquals("Cannot read \u2026/smpmgr.log: denied", PathRedaction.text("Cannot read /var/log/ccm/smpmgr.log: denied"));
        assertEquals("\u2026/USMT", PathRedaction.text("E:\\SOURCES\\USMT"));
        assertEquals("\u2026/PS100001", PathRedaction.text("\\\\cm01\\Drivers$\\PS100001"));
    }

    @Test
    void urlsRoutePathsAndPlainWordsStay() {
        for (String kept : new String[] {"/api/v1/logs/diagnoses/7", "http://127.0.0.1:7070/signin", "SMP-CLEANUP-KB961269", "a/b", "/v1",
            "0x80004005", "Distributed"}) {
            assertEquals(kept, PathRedaction.text(kept));
        }
    }
}
