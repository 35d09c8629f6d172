package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;

/** Issue 12 items 7 and 8: --output json is one document for every drivers command, csv one table, a nested view JSON only. */
class DriversJsonOutputCliTest {

    /** Fails on a second JSON value after the first: "one document" means exactly that. */
    static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TempDir
    Path workspace;
    @TempDir
    Path share;

    Path sources;

    @BeforeEach
    void imported() throws IOException {
        sources = R61Tree.write(share);
        assertEquals(0, osdkit("drivers", "import", sources.toString(), "--category", "R61-8935CTO").exitCode());
    }

    CliRun osdkit(String... args) {
        return CliRun.in(workspace, args);
    }

    static JsonNode oneDocument(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        return STRICT.readTree(run.out());
    }

    String nicDriver() throws IOException {
        for (JsonNode d : oneDocument(osdkit("--output", "json", "drivers", "list"))) {
            if (d.get("INF").asText().equals("e1e5132.inf")) {
                return d.get("Driver").asText();
            }
        }
        throw new AssertionError("e1e5132.inf not imported");
    }

    @Test
    void driversShowIsOneDocumentWithTheDriverItsModelsAndFiles() throws IOException {
        JsonNode show = oneDocument(osdkit("--output", "json", "drivers", "show", nicDriver()));
        assertEquals("e1e5132.inf", show.get("Driver").get("INF").asText());
        assertEquals("Contoso", show.get("Driver").get("Provider").asText());
        assertEquals(R61Tree.NIC, show.get("Models").get(0).get("HardwareID").asText());
        assertEquals(3, show.get("Files").size(), show.toString());
    }

    @Test
    void aNestedViewIsRefusedAsCsvNamingJson() throws IOException {
        CliRun csv = osdkit("--output", "csv", "drivers", "show", nicDriver());
        assertEquals(2, csv.exitCode());
        assertTrue(csv.err().contains("--output csv prints one table") && csv.err().contains("use --output json"), csv.err());
        assertEquals("", csv.out());
        CliRun pkg = osdkit("--output", "csv", "drivers", "package", "show", "PS100001");
        assertEquals(2, pkg.exitCode(), pkg.err());
        assertTrue(pkg.err().contains("use --output json"), pkg.err());
        CliRun scan = osdkit("--output", "csv", "drivers", "scan", sources.toString(), "--findings");
        assertEquals(2, scan.exitCode(), scan.err());
    }

    @Test
    void packageShowIsOneDocument() throws IOException {
        assertEquals(0, osdkit("drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO",
                "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO").exitCode());
        JsonNode show = oneDocument(osdkit("--output", "json", "drivers", "package", "show", "PS100001"));
        assertEquals("PS100001", show.get("Package").get("PackageID").asText());
        assertEquals(2, show.get("Drivers").size(), show.toString());
        assertTrue(show.get("DistributionPoints").isArray());
    }

    @Test
    void scanWithFindingsIsOneDocumentAndCsvWithoutThemOneTable() throws IOException {
        Files.writeString(sources.resolve("Video").resolve("nv4_disp.cat"), "");
        Files.delete(sources.resolve("Video").resolve("nv4_disp.sys"));
        CliRun run = osdkit("--output", "json", "drivers", "scan", sources.toString(), "--findings");
        assertEquals(1, run.exitCode(), "a missing file is an error-level finding");
        JsonNode scan = STRICT.readTree(run.out());
        assertTrue(scan.get("Findings").toString().contains("INF-FILE-ABSENT"), scan.toString());
        assertEquals(4, scan.get("Folders").size());
        CliRun csv = osdkit("--output", "csv", "drivers", "scan", sources.toString());
        assertEquals(1, csv.out().lines().filter(l -> l.startsWith("Folder,")).count(), csv.out());
        assertEquals(1 + 4, csv.out().lines().count(), "one header and one row per folder: " + csv.out());
    }

    @Test
    void matchNamesTheDevicesIdAndTheInfsIdThatMatched() throws IOException {
        Path ids = Files.writeString(workspace.resolve("ids.txt"), "Instance ID: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\\4&1\r\n"
                + "Hardware IDs: PCI\\VEN_8086&DEV_109A&SUBSYS_20DF17AA&REV_03\r\n              " + R61Tree.NIC + "\r\n");
        JsonNode match = oneDocument(osdkit("--output", "json", "drivers", "match", "--hwids", ids.toString(), "--os", "XP", "--arch", "x86"));
        assertEquals(R61Tree.NIC, match.get(0).get("MatchedDeviceID").asText(), "the device's second hardware ID, not its first");
        assertEquals(R61Tree.NIC, match.get(0).get("MatchedInfID").asText());
        assertEquals("0x00000001", match.get(0).get("Rank").asText());
    }
}
