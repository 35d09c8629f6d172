package org.osdkit.cli.sites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.Main;
import org.osdkit.cli.command.Confirmation;
import org.osdkit.core.whatif.PlannedOperation;

/**
 * The sites commands end to end through {@code Main.run}: a ConfigMgr 2007 style site tree on disk and
 * the SMS Executive service played by a state file that real shell commands rewrite.
 */
@DisabledOnOs(OS.WINDOWS)
class SitesCommandsTest {

    @TempDir
    Path tmp;

    Path file;
    Path state;
    byte[] original;
    String out;
    String err;

    @BeforeEach
    void siteTree() throws IOException {
        Path box = tmp.resolve("SCCM/Inboxes/SiteCtrl.box");
        Files.createDirectories(box.resolve("incoming"));
        Files.createDirectories(box.resolve("history"));
        original = fixture("cm2007-secondary-se1.ct0");
        file = Files.write(box.resolve("sitectrl.ct0"), original);
        state = Files.writeString(tmp.resolve("service.state"), "RUNNING\n");
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = SitesCommandsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    int run(String... args) {
        CliRun run = CliRun.in(tmp.resolve("ws"), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    String[] service(String stopCommand) {
        return new String[] {"--service-stop", stopCommand, "--service-start", "echo RUNNING > '" + state + "'", "--service-query", "cat '" + state + "'"};
    }

    String[] setDescription(String description, String... extra) {
        List<String> args = new ArrayList<>(List.of("sites", "set-description", "--control-file", file.toString(), "--site", "SE1", "--description", description));
        args.addAll(List.of(service("echo STOPPED > '" + state + "'")));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    String serviceState() throws IOException {
        return Files.readString(state).strip();
    }

    @Test
    void setDescriptionWorksEndToEndAndRevertRestoresTheBytes() throws IOException {
        assertEquals(0, run(setDescription("Brussels North", "--what-if")), err);
        assertTrue(out.contains("What if: Performing the operation \"Set site description\" on target \"SE1 in " + file + "\"."), out);
        assertTrue(out.contains("-     <Brussels Secondary>") && out.contains("+     <Brussels North>"), out);
        assertTrue(err.contains("NOT supported by Microsoft"), err);
        assertArrayEquals(original, Files.readAllBytes(file));

        assertEquals(1, run(setDescription("Brussels North")));
        assertTrue(err.contains("ERROR [SITE-FORCE-REQUIRED]") && err.contains("re-run with --accept-unsupported"), err);
        assertArrayEquals(original, Files.readAllBytes(file));

        assertEquals(0, run(setDescription("Brussels North", "--accept-unsupported")), err);
        assertTrue(out.contains("Changed the description of site SE1 from \"Brussels Secondary\" to \"Brussels North\" (change 1"), out);
        String changed = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(changed.contains("\r\n    <Brussels North>\r\n"), changed);
        assertEquals("RUNNING", serviceState());
        try (var backups = Files.list(file.resolveSibling("history"))) {
            assertEquals(1, backups.count());
        }

        assertEquals(0, run("sites", "history", "--output", "csv"), err);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("1,") && l.contains(",SE1,Brussels Secondary,Brussels North,")), out);

        List<String> revert = new ArrayList<>(List.of("sites", "revert", "1", "--accept-unsupported"));
        revert.addAll(List.of(service("echo STOPPED > '" + state + "'")));
        assertEquals(0, run(revert.toArray(String[]::new)), err);
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(0, run("sites", "history"), err);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("2 ") && l.contains("Brussels North") && l.contains(" 1 ")), out);
    }

    @Test
    void theOldForceNoLongerAllowsTheUnsupportedEditAndSaysWhatDoes() throws IOException {
        assertEquals(2, run(setDescription("Brussels North", "--force")));
        assertTrue(err.contains("--force no longer allows the unsupported edit: use --accept-unsupported"), err);
        List<String> revert = new ArrayList<>(List.of("sites", "revert", "1", "--force"));
        assertEquals(2, run(revert.toArray(String[]::new)));
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals("RUNNING", serviceState());
    }

    @Test
    void confirmShowsTheChangeAndAsksBeforeMakingIt() throws IOException {
        List<PlannedOperation> asked = new ArrayList<>();
        CliRun no = CliRun.answering(change -> {
            asked.add(change);
            return Confirmation.Answer.NO;
        }, tmp.resolve("ws"), setDescription("Brussels North", "--accept-unsupported", "--confirm"));
        assertEquals(0, no.exitCode(), no.err());
        assertTrue(no.out().contains("+     <Brussels North>") && no.out().contains("Nothing changed."), no.out());
        assertEquals(List.of(PlannedOperation.of("Set site description", "SE1 in " + file)), asked);
        assertArrayEquals(original, Files.readAllBytes(file));

        CliRun yes = CliRun.answering(change -> Confirmation.Answer.YES, tmp.resolve("ws"), setDescription("Brussels North", "--accept-unsupported", "--confirm"));
        assertEquals(0, yes.exitCode(), yes.err());
        assertTrue(yes.out().contains("Changed the description of site SE1"), yes.out());
        assertEquals("RUNNING", serviceState());

        assertEquals(1, run(setDescription("Brussels Centre", "--accept-unsupported", "--confirm")), "no console to ask");
        assertTrue(err.contains("CLI-CONFIRMATION-REQUIRED"), err);
        String now = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(now.contains("<Brussels North>"), now);
    }

    @Test
    void aServiceThatRefusesToStopLeavesTheFileAndTheServiceAlone() throws IOException {
        List<String> args = new ArrayList<>(List.of("sites", "set-description", "--control-file", file.toString(), "--site", "SE1",
                "--description", "Brussels North", "--accept-unsupported"));
        args.addAll(List.of(service("echo 'Access is denied' >&2; exit 5")));
        assertEquals(1, run(args.toArray(String[]::new)));
        assertTrue(err.contains("ERROR [SITE-SERVICE-STOP-FAILED]") && err.contains("Access is denied") && err.contains("was not touched"), err);
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals("RUNNING", serviceState());
    }

    @Test
    void aPendingDeltaIsRefused() throws IOException {
        Files.writeString(file.resolveSibling("incoming").resolve("00000001.CT1"), "BEGIN_FILE_DEFINITION\r\n");
        assertEquals(1, run(setDescription("Brussels North", "--accept-unsupported")));
        assertTrue(err.contains("ERROR [SITE-PENDING-DELTA]") && err.contains("00000001.CT1"), err);
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void configMgr2012IsRefusedWithTheSupportedWay() throws IOException {
        Files.write(file, fixture("cm2012-ps1.ct0"));
        assertEquals(1, run("sites", "set-description", "--control-file", file.toString(), "--site", "PS1", "--description", "x", "--accept-unsupported"));
        assertTrue(err.contains("ERROR [SITE-UNSUPPORTED-VERSION]") && err.contains("Set-CMSite -SiteCode PS1 -Comment"), err);
    }

    @Test
    void aMalformedSiteCodeIsAUsageError() {
        assertEquals(2, run("sites", "set-description", "--control-file", file.toString(), "--site", "AUX", "--description", "x"));
        assertTrue(err.contains("reserved site code"), err);
    }

    @Test
    void whatIfWithJsonPrintsOneDocumentThePlan() throws IOException {
        Path yaml = Files.writeString(tmp.resolve("h.yaml"), """
                - {code: PR1, name: Primary Antwerp, type: primary, version: 4.00.6487.2000}
                """);
        for (String[] args : List.of(new String[] {"sites", "import", yaml.toString(), "--what-if", "--output", "json"},
                setDescription("Brussels North", "--what-if", "--output", "json"),
                new String[] {"sites", "recover", "--what-if", "--output", "json"})) {
            assertEquals(0, run(args), err);
            var parser = new com.fasterxml.jackson.databind.ObjectMapper().getFactory().createParser(out);
            com.fasterxml.jackson.databind.JsonNode plan = parser.readValueAsTree();
            assertTrue(plan != null && plan.isArray(), String.join(" ", args) + ": " + out);
            assertEquals(null, parser.nextToken(), "one document: " + out);
            plan.forEach(o -> assertTrue(o.get("WhatIf").asText().startsWith("What if: Performing the operation"), out));
            assertTrue(args[1].equals("recover") || plan.size() == 1, out);
        }
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void importListTreeAndShowAHierarchy() throws IOException {
        Path yaml = Files.writeString(tmp.resolve("h.yaml"), """
                - {code: PR1, name: Primary Antwerp, type: primary, version: 4.00.6487.2000}
                - {code: SE1, name: Brussels Secondary, type: secondary, parent: PR1, server: SE1SRV01}
                """);
        assertEquals(0, run("sites", "import", yaml.toString()), err);
        assertTrue(out.contains("Imported 2 sites"), out);
        assertEquals(0, run("sites", "tree"), err);
        assertTrue(out.contains("PR1  Primary Antwerp (Primary, 4.00.6487.2000)\n`-- SE1  Brussels Secondary (Secondary)"), out);
        assertEquals(0, run("sites", "list", "--output", "json"), err);
        assertTrue(out.contains("\"ParentSiteCode\" : \"PR1\""), out);
        assertEquals(0, run("sites", "show", "SE1"), err);
        assertTrue(out.contains("PathToTop       SE1 -> PR1"), out);
        assertEquals(1, run("sites", "show", "XY1"));
        assertTrue(err.contains("ERROR [SITE-NOT-FOUND]"), err);
    }

    @Test
    void aHierarchyWithAWarningIsAProblemFoundForListTreeAndShow() throws IOException {
        // SE9's parent PR9 is not in the file: a warning (the import takes it), and a problem found for the commands that show it.
        Path yaml = Files.writeString(tmp.resolve("orphan.yaml"), """
                - {code: PR1, name: Primary Antwerp, type: primary}
                - {code: SE1, name: Brussels Secondary, type: secondary, parent: PR1}
                - {code: SE9, name: Secondary Orphan, type: secondary, parent: PR9}
                """);
        for (String command : List.of("list", "tree")) {
            assertEquals(1, run("sites", command, "--from", yaml.toString()), command + ": " + out + err);
            assertTrue(err.contains("the parent PR9 of SE9 is not in this hierarchy"), command + ": " + err);
        }
        assertEquals(1, run("sites", "show", "SE9", "--from", yaml.toString()), out + err);
        assertTrue(out.contains("warning: the parent PR9"), out);
        assertEquals(0, run("sites", "show", "SE1", "--from", yaml.toString()), "SE1 itself has no problem: " + out + err);
        assertEquals(1, run("sites", "import", yaml.toString()), "imported, and a problem found: " + out + err);
        assertTrue(err.contains("Imported 3 sites from " + yaml + ", with 1 warning."), err);
        assertEquals(1, run("sites", "list", "--output", "csv"), err);
        assertTrue(out.contains("SE9,Secondary Orphan,Secondary,PR9"), "the warning did not stop the import: " + out);
    }

    @Test
    void aDescriptionChangeRenamesTheImportedSite() throws IOException {
        Path yaml = Files.writeString(tmp.resolve("h.yaml"), "- {code: PR1, name: P, type: primary}\n- {code: SE1, name: Brussels Secondary, type: secondary, parent: PR1}\n");
        assertEquals(0, run("sites", "import", yaml.toString()), err);
        assertEquals(0, run(setDescription("Brussels North", "--accept-unsupported")), err);
        assertEquals(0, run("sites", "list", "--output", "csv"), err);
        assertTrue(out.contains("SE1,Brussels North,Secondary,PR1"), out);
    }

    @Test
    void inspectNamesTheLineOsdkitCannotRead() throws IOException {
        Files.writeString(file, "BEGIN_SITE_DEFINITION\r\n<0>\r\n<SE1>\r\n<Bad <name>\r\nEND_SITE_DEFINITION\r\n");
        assertEquals(1, run("sites", "inspect", file.toString()));
        assertTrue(err.contains("line 4: '<' inside a value at column 6"), err);
    }
}
