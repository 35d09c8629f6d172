package org.osdkit.cli.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;

/**
 * Progress of the long drivers operations comes from the domain through core's progress port and is
 * drawn on stderr only: with {@code --output json} stdout still holds one JSON document. Test writers
 * are no terminal, so bars appear only with {@code --progress}.
 */
class ProgressCliTest {

    @TempDir
    Path workspace;
    @TempDir
    Path share;
    @TempDir
    Path dpShare;

    @Test
    void packageCreateDistributeAndRedistributeDrawBarsOnStderrAndKeepStdoutOneJsonDocument() throws IOException {
        Path sources = R61Tree.write(share);
        assertEquals(0, CliRun.in(workspace, "drivers", "import", sources.toString(), "--category", "R61-8935CTO").exitCode());
        CliRun created = CliRun.in(workspace, "--output", "json", "--progress", "drivers", "package", "create", "--site", "PS1",
                "--manufacturer", "Lenovo", "--model", "R61", "--sku", "8935CTO", "--os", "XP", "--arch", "x86", "--share", share.toString(),
                "--category", "R61-8935CTO");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(created.err().contains("Building PS100001 (2 drivers to copy, 0 to remove)") && created.err().contains("2/2"), created.err());
        assertOneJsonDocument(created.out());

        assertEquals(0, CliRun.in(workspace, "drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dpShare.toString())
                .exitCode());
        CliRun sent = CliRun.in(workspace, "--output", "json", "--progress", "drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        assertEquals(0, sent.exitCode(), sent.err());
        assertTrue(sent.err().contains("Distributing PS100001 to dp01.contoso.com") && sent.err().contains("100%"), sent.err());
        assertFalse(sent.out().contains("Distributing"), sent.out());
        assertOneJsonDocument(sent.out());

        CliRun again = CliRun.in(workspace, "--progress", "drivers", "redistribute", "PS100001", "--dp", "dp01.contoso.com");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("Distributing PS100001 to dp01.contoso.com"), again.err());
    }

    @Test
    void noBarsWhenStderrIsNoTerminalAndProgressIsNotAsked() throws IOException {
        Path sources = R61Tree.write(share);
        CliRun.in(workspace, "drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        CliRun created = CliRun.in(workspace, "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61",
                "--sku", "8935CTO", "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO");
        assertEquals(0, created.exitCode(), created.err());
        assertFalse(created.err().contains("Building PS100001"), created.err());
        assertFalse(created.err().contains("\r"), created.err());
    }

    @Test
    void everyDriversCommandWithWhatIfAndJsonPrintsOneDocumentThePlan() throws IOException {
        Path sources = R61Tree.write(share);
        assertPlan(CliRun.in(workspace, "--output", "json", "drivers", "import", sources.toString(), "--category", "R61-8935CTO", "--what-if"), 3);
        CliRun.in(workspace, "drivers", "import", sources.toString(), "--category", "R61-8935CTO");
        String[] create = {"--output", "json", "drivers", "package", "create", "--site", "PS1", "--manufacturer", "Lenovo", "--model", "R61",
                "--sku", "8935CTO", "--os", "XP", "--arch", "x86", "--share", share.toString(), "--category", "R61-8935CTO"};
        List<String> whatIf = new ArrayList<>(List.of(create));
        whatIf.add("--what-if");
        assertPlan(CliRun.in(workspace, whatIf.toArray(String[]::new)), 4);
        assertEquals(0, CliRun.in(workspace, create).exitCode());
        CliRun.in(workspace, "drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PS1", "--share", dpShare.toString());
        assertPlan(CliRun.in(workspace, "--output", "json", "drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com", "--what-if"), 1);
        CliRun.in(workspace, "drivers", "distribute", "--package", "PS100001", "--dp", "dp01.contoso.com");
        assertPlan(CliRun.in(workspace, "--output", "json", "drivers", "package", "update", "PS100001", "--exclude", "nv4_disp.inf", "--what-if"), 2);
        assertPlan(CliRun.in(workspace, "--output", "json", "drivers", "redistribute", "PS100001", "--dp", "dp01.contoso.com", "--what-if"), 1);
        String json = CliRun.in(workspace, "--output", "json", "drivers", "list").out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Driver\" : \"([0-9a-f]{12})\"").matcher(json);
        assertTrue(m.find(), json);
        assertPlan(CliRun.in(workspace, "--output", "json", "drivers", "remove", m.group(1), "--from-packages", "--what-if"), 2);
        assertPlan(CliRun.in(workspace, "--output", "json", "drivers", "package", "remove", "PS100001", "--what-if"), 3);
        assertTrue(Files.isRegularFile(dpShare.resolve("PS100001").resolve("osdkit-package.json")), "what-if changed nothing");
    }

    /** One JSON document on stdout, an array of at least {@code min} planned operations, each with its what-if line. */
    private static void assertPlan(CliRun run, int min) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        JsonNode plan = assertOneJsonDocument(run.out());
        assertTrue(plan.isArray() && plan.size() >= min, run.out());
        plan.forEach(o -> assertTrue(o.get("WhatIf").asText().startsWith("What if: Performing the operation \"" + o.get("Operation").asText()), run.out()));
    }

    private static JsonNode assertOneJsonDocument(String out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        var parser = mapper.getFactory().createParser(out);
        JsonNode first = mapper.readTree(parser);
        assertTrue(first != null && (first.isObject() || first.isArray()), out);
        assertEquals(null, parser.nextToken(), "one JSON document only: " + out);
        return first;
    }
}
