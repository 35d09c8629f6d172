package org.osdkit.sites.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.SiteType;
import org.osdkit.sites.controlfile.Fixtures;

class ReadHierarchyTest {

    @TempDir
    Path dir;

    Path resource(String name) throws IOException {
        try (InputStream in = ReadHierarchyTest.class.getResourceAsStream(name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void readsAYamlDescription() throws IOException {
        SiteHierarchy h = ReadHierarchy.from(resource("contoso.yaml"));
        assertEquals(List.of(), h.problems());
        assertEquals(List.of("CEN", "PR1", "SE1"), h.sites().stream().map(s -> s.code().value()).toList());
        Site se1 = h.find(SiteCode.of("SE1")).orElseThrow();
        assertEquals(SiteType.SECONDARY, se1.type());
        assertEquals("cm-se1.contoso.com", se1.siteServer());
        assertEquals(List.of(SiteCode.of("SE1"), SiteCode.of("PR1"), SiteCode.of("CEN")), h.pathToTop(SiteCode.of("SE1")));
        assertTrue(se1.source().contains("contoso.yaml line 14"), se1.source());
    }

    @Test
    void readsAJsonListWithNumericTypes() throws IOException {
        SiteHierarchy h = ReadHierarchy.from(resource("cm2007.json"));
        assertEquals(List.of(), h.problems());
        assertEquals(SiteType.PRIMARY, h.find(SiteCode.of("PR2")).orElseThrow().type());
        assertEquals(2, h.children(SiteCode.of("PR1")).size());
    }

    @Test
    void badEntriesAreReportedWithTheirLineAndTheRestIsRead() throws IOException {
        SiteHierarchy h = ReadHierarchy.from(resource("bad-entries.yaml"));
        assertEquals(List.of("PR1", "SE6"), h.sites().stream().map(s -> s.code().value()).toList());
        List<String> problems = h.problems().stream().map(HierarchyProblem::toString).toList();
        assertTrue(problems.contains("error: bad-entries.yaml line 6 (sites[1]): code: \"AUX\" is a reserved site code; reserved are AUX, CON, NUL, PRN, SMS."),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("error: bad-entries.yaml line 9 (sites[2]): site SE5: \"tertiary\" is not a site type")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("line 12 (sites[3]): unknown field \"parnet\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("secondary site SE6 has no parent")), problems.toString());
    }

    @Test
    void brokenYamlIsOneClearError() throws IOException {
        Path file = resource("broken-syntax.yaml");
        OsdkitException e = assertThrows(OsdkitException.class, () -> ReadHierarchy.from(file));
        assertEquals(SiteErrors.HIERARCHY_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("broken-syntax.yaml line"), e.getMessage());
    }

    @Test
    void readsOneSitePerControlFileAndSkipsHistoryCopies() throws IOException {
        Fixtures.siteTree(dir.resolve("PR1SRV01"), "cm2007-primary-pr1.ct0");
        Path se1 = Fixtures.siteTree(dir.resolve("SE1SRV01"), "cm2007-secondary-se1.ct0");
        Files.write(se1.resolveSibling("history").resolve("00000009.ct0"), Fixtures.bytes("cm2007-secondary-se1.ct0"));
        Files.write(dir.resolve("broken.ct0"), Fixtures.bytes("broken/truncated.ct0"));
        SiteHierarchy h = ReadHierarchy.from(dir);
        // The damaged file still names its site: it is read, with a warning quoting the file's problem.
        assertEquals(List.of("PR1", "SE1", "SE9"), h.sites().stream().map(s -> s.code().value()).toList());
        Site site = h.find(SiteCode.of("SE1")).orElseThrow();
        assertEquals(SiteCode.of("PR1"), site.parent());
        assertEquals("4.00.6487.2000", site.version());
        assertFalse(h.hasErrors(), h.problems().toString());
        assertTrue(h.problems().stream().anyMatch(p -> p.message().contains("broken.ct0") && p.message().contains("never closed")), h.problems().toString());
    }

    @Test
    void aMissingSourceIsAClearError() {
        assertEquals(SiteErrors.FILE_UNREADABLE, assertThrows(OsdkitException.class, () -> ReadHierarchy.from(dir.resolve("nope.yaml"))).code());
    }
}
