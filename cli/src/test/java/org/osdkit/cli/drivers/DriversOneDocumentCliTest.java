package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osdkit.cli.CliRun;

/**
 * Issue 12 items 3, 5, 6 and 8 from the command line: every drivers, package and dp command prints exactly one
 * JSON document with {@code --output json} (a second value or any trailing content fails the parse), a nested
 * view is refused as csv, and every bad option value is exit code 2 while a well-formed name osdkit lacks is 1.
 * Each case runs on the same small seeded workspace: the R61 tree imported, package PS100001 created and
 * distributed to dp01, dp02 registered, group "branches" holding dp01.
 */
class DriversOneDocumentCliTest {

    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path workspace;
    @TempDir
    Path share;
    @TempDir
    Path dp1;
    @TempDir
    Path dp2;
    @TempDir
    Path dp3;

    Path sources;
    Path ids;
    String nic;
    String wireless;

    CliRun osdkit(String... args) {
        return CliRun.in(workspace, args);
    }

    @BeforeEach
    void seeded() throws IOException {
        sources = R61Tree.write(share);
        ids = Files.writeString(workspace.resolve("ids.txt"), "Instance ID: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\\4&1\r\n"
                + "Hardware IDs: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\r\n              " + R61Tree.NIC + "\r\n");
        seed("drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        seed("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO", "--os", "XP",
                "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        seed("drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dp1.toString());
        seed("drivers", "dp", "add", "--name", "dp02.contoso.com", "--site", "PS1", "--share", dp2.toString());
        seed("drivers", "dp", "group-add", "branches", "--dp", "dp01.contoso.com");
        seed("drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        for (JsonNode d : STRICT.readTree(osdkit("--output", "json", "drivers", "list").out())) {
            switch (d.get("INF").asText()) {
                case "e1e5132.inf" -> nic = d.get("Driver").asText();
                case "netw4x64.inf" -> wireless = d.get("Driver").asText();
                default -> { }
            }
        }
        assertTrue(nic != null && wireless != null, "the seed imported the NIC and the wireless driver");
    }

    private void seed(String... args) {
        CliRun run = osdkit(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
    }

    /** Every drivers/package/dp command that changes or shows something, with {@code {placeholders}} the seed fills in. */
    static Stream<Arguments> commands() {
        return Stream.of(
                cmd("drivers scan {sources}"),
                cmd("drivers scan {sources} --findings"),
                cmd("drivers import {sources} --category R61-8935CTO"),
                cmd("drivers list"),
                cmd("drivers list --os XP --arch x86"),
                cmd("drivers list --superseded"),
                cmd("drivers show {nic}"),
                cmd("drivers disable {nic}"),
                cmd("drivers enable {nic}"),
                cmd("drivers match --hwids {ids} --os XP --arch x86"),
                cmd("drivers remove {wireless} --force"),
                cmd("drivers remove {nic} --from-packages --force"),
                cmd("drivers package list"),
                cmd("drivers package show PS100001"),
                cmd("drivers package create --site PS1 --manufacturer Lenovo --model T61 --os XP --arch x86 --share {share} --category R61-8935CTO"),
                cmd("drivers package update PS100001 --exclude nv4_disp.inf"),
                cmd("drivers package update PS100001"),
                cmd("drivers package remove PS100001 --force"),
                cmd("drivers dp add --name dp03.contoso.com --site PS1 --share {dp3}"),
                cmd("drivers dp list"),
                cmd("drivers dp remove dp02.contoso.com --force"),
                cmd("drivers dp group-add branches --dp dp02.contoso.com"),
                cmd("drivers dp group-remove branches --dp dp01.contoso.com"),
                cmd("drivers dp groups"),
                cmd("drivers dp status"),
                cmd("drivers dp status --package PS100001 --state Distributed"),
                cmd("drivers distribute --package PS100001 --dp dp02.contoso.com"),
                cmd("drivers distribute --package PS100001 --dp-group branches"),
                cmd("drivers redistribute PS100001"),
                cmd("drivers redistribute PS100001 --dp dp01.contoso.com"));
    }

    private static Arguments cmd(String line) {
        return Arguments.of(line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void printsExactlyOneJsonDocument(String line) throws IOException {
        List<String> args = new ArrayList<>(List.of("--output", "json"));
        for (String word : line.split(" ")) {
            args.add(word.replace("{sources}", sources.toString()).replace("{share}", share.toString()).replace("{dp3}", dp3.toString())
                    .replace("{ids}", ids.toString()).replace("{nic}", nic).replace("{wireless}", wireless));
        }
        CliRun run = osdkit(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), line + ": " + run.err());
        JsonNode document = STRICT.readTree(run.out());
        assertFalse(document.isMissingNode(), line + " printed no JSON document: " + run.out());
        assertTrue(document.isArray() || document.isObject(), line + ": " + run.out());
    }

    @Test
    void packageCreateAndUpdateAreOneDocumentWithThePackageAndTheAddedDrivers() throws IOException {
        CliRun created = osdkit("--output", "json", "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "T61",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        assertEquals(0, created.exitCode(), created.err());
        JsonNode c = STRICT.readTree(created.out());
        assertEquals("PS100002", c.get("Package").get("PackageID").asText());
        assertEquals(1, c.get("Package").get("SourceVersion").asInt());
        assertEquals(2, c.get("Added").size(), c.toString());
        JsonNode u = STRICT.readTree(osdkit("--output", "json", "drivers", "package", "update", "PS100001", "--exclude", "nv4_disp.inf").out());
        assertEquals(2, u.get("Package").get("SourceVersion").asInt(), u.toString());
        assertEquals(1, u.get("Package").get("Removed").asInt(), u.toString());
        assertEquals(0, u.get("Added").size(), u.toString());
        assertTrue(u.get("Package").get("Changed").asBoolean());
    }

    @Test
    void packageCreateAndUpdateRefuseCsvBeforeDoingAnything() throws IOException {
        CliRun create = osdkit("--output", "csv", "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "T61",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        assertEquals(2, create.exitCode(), create.err());
        assertTrue(create.err().contains("use --output json"), create.err());
        assertEquals(1, STRICT.readTree(osdkit("--output", "json", "drivers", "package", "list").out()).size(), "nothing was created");
        CliRun update = osdkit("--output", "csv", "drivers", "package", "update", "PS100001", "--exclude", "nv4_disp.inf");
        assertEquals(2, update.exitCode(), update.err());
        JsonNode unchanged = STRICT.readTree(osdkit("--output", "json", "drivers", "package", "show", "PS100001").out()).get("Package");
        assertEquals(1, unchanged.get("SourceVersion").asInt(), "not rebuilt: " + unchanged);
        assertEquals("", unchanged.get("Exclusions").asText(), unchanged.toString());
    }

    @Test
    void theNewCommandsPrintOneCsvTable() {
        assertOneCsvTable(osdkit("--output", "csv", "drivers", "list", "--superseded"), "Driver,Name,INF");
        assertOneCsvTable(osdkit("--output", "csv", "drivers", "redistribute", "PS100001"), "PackageID,DistributionPoint,State");
        assertOneCsvTable(osdkit("--output", "csv", "drivers", "redistribute", "PS100001", "--dp", "dp01.contoso.com"), "PackageID,DistributionPoint,State");
        assertOneCsvTable(osdkit("--output", "csv", "drivers", "remove", wireless, "--force"), "Driver,INF,Name");
    }

    private static void assertOneCsvTable(CliRun run, String header) {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(header), run.out());
        assertEquals(1, run.out().lines().filter(l -> l.startsWith(header)).count(), run.out());
    }

    @Test
    void everyBadOptionValueOfTheDpAndRemovalCommandsIsExitTwo() {
        assertUsage(osdkit("drivers", "dp", "status", "--state", "Sideways"), "--state");
        assertUsage(osdkit("drivers", "remove", "not-a-hash", "--force"), "<driver>");
        assertUsage(osdkit("drivers", "remove", "12ab", "--force"), "<driver>");
        assertUsage(osdkit("drivers", "redistribute", "PS100001", "--dp", "dp 01!"), "--dp [DRV-DP-INVALID]");
        assertUsage(osdkit("drivers", "distribute", "--package", "PS100001", "--dp", "dp_01.contoso.com"), "--dp [DRV-DP-INVALID]");
        assertUsage(osdkit("drivers", "dp", "remove", "not a host", "--force"), "<fqdn> [DRV-DP-INVALID]");
        assertUsage(osdkit("drivers", "dp", "add", "--name", "dp 04", "--site", "PS1", "--share", dp3.toString()), "--name [DRV-DP-INVALID]");
        assertUsage(osdkit("drivers", "dp", "group-add", "branches", "--dp", "-bad-"), "--dp [DRV-DP-INVALID]");
        assertUsage(osdkit("drivers", "list", "--superseded", "--os", "Win12", "--arch", "x64"), "--os");
        assertUsage(osdkit("drivers", "package", "update", "PS100001", "--add-driver", "nv4_disp.inf"), "--add-driver");
        assertUsage(osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "T61", "--os", "XP", "--arch", "x86",
                "--share", share.toString(), "--driver", "e1e5132"), "--driver");
    }

    @Test
    void aWellFormedNameOsdkitLacksRanAndFoundNothing() {
        assertProblem(osdkit("drivers", "remove", "0123456789ab", "--force"), "DRV-DRIVER-NOT-FOUND");
        assertProblem(osdkit("drivers", "redistribute", "PS100001", "--dp", "dp09.contoso.com"), "DRV-DP-NOT-FOUND");
        assertProblem(osdkit("drivers", "dp", "remove", "dp09.contoso.com", "--force"), "DRV-DP-NOT-FOUND");
        assertProblem(osdkit("drivers", "redistribute", "PS1000FF"), "DRV-PACKAGE-NOT-FOUND");
    }

    private static void assertUsage(CliRun run, String names) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(names), run.err());
    }

    private static void assertProblem(CliRun run, String code) {
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(code), run.err());
    }
}
