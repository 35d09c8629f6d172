package org.osdkit.cli.smp;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.CliRun;
import org.osdkit.cli.Main;
import org.osdkit.cli.command.Confirmation;

/** {@code osdkit smp ...} end to end on a generated SMP folder tree and an association export, through {@link Main#run}. */
class SmpCommandsTest {

    @TempDir
    Path tmp;
    Path storage;
    Path share;
    String out;
    String err;

    int osdkit(String... args) {
        CliRun run = CliRun.in(tmp.resolve("ws"), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    /** Six expired stores (computer names long to short), one captured and never restored, one inside the delay. */
    @BeforeEach
    void generateSmp() throws IOException {
        storage = tmp.resolve("USMT");
        share = Files.createDirectories(storage.resolve("SMPSTOREE_B2DE4AB0$"));
        StringBuilder csv = new StringBuilder("#TYPE IResultObject#SMS_StateMigration\r\n"
                + "\"SourceClientResourceID\",\"RestoreClientResourceID\",\"SourceName\",\"RestoreName\",\"MigrationID\","
                + "\"StoreCreationDate\",\"StoreReleaseDate\",\"StoreDeletionDate\",\"StorePath\"\r\n");
        String[] names = {"ACCOUNTING-WORKSTATION-0042", "ENGINEERING-LAPTOP-7", "SALES-PC-0815", "RECEPTION1", "HR-PC2", "PC7"};
        for (int i = 0; i < names.length; i++) {
            store("S" + i, 1000);
            csv.append(row(i, names[i], "20090101000000.000000+000", "200901" + (10 + i) + "000000.000000+000", "S" + i));
        }
        store("NEVER", 500);
        csv.append(row(10, "NEVER-RESTORED", "20090101000000.000000+000", "00000000000000.000000+***", "NEVER"));
        store("RECENT", 500);
        csv.append(row(11, "RECENT", "20090101000000.000000+000", "29990101000000.000000+000", "RECENT"));
        Files.writeString(tmp.resolve("associations.csv"), csv);
        assertEquals(0, osdkit("smp", "settings", "set", "--server", "SMP01", "--site", "S01", "--folder",
                "Directory=" + storage + ";MaxClients=100;MinDiskSpace=1;MinDiskSpaceUnit=1;", "--delete-after", "14",
                "--cleanup-cycle-minutes", "0"), err);
        assertEquals(0, osdkit("smp", "import", tmp.resolve("associations.csv").toString()), err + out);
    }

    private void store(String name, int bytes) throws IOException {
        Path usmt = Files.createDirectories(share.resolve(name).resolve("USMT"));
        Files.write(usmt.resolve("USMT.MIG"), new byte[bytes]);
    }

    private static String row(int id, String name, String created, String released, String store) {
        return "\"" + (16777216 + id) + "\",\"" + (16777216 + id) + "\",\"" + name + "\",\"" + name + "\",\"MID" + id + "\",\"" + created
                + "\",\"" + released + "\",\"00000000000000.000000+***\",\"\\\\SMP01\\SMPSTOREE_B2DE4AB0$\\" + store + "\"\r\n";
    }

    @Test
    void planListsDeletionsAndKeepsWithReasonsAndChangesNothing() throws IOException {
        assertEquals(0, osdkit("smp", "plan", "--all", "--output", "json"), err);
        JsonNode rows = new ObjectMapper().readTree(out);
        assertEquals(8, rows.size());
        long deletes = 0;
        for (JsonNode r : rows) {
            deletes += r.get("Action").asText().equals("DELETE") ? 1 : 0;
        }
        assertEquals(6, deletes);
        assertTrue(out.contains("NOT_RELEASED") && out.contains("INSIDE_DELAY"), out);
        assertTrue(err.contains("cleanup cycle of 0 minutes is not the retention"), err);
        assertTrue(Files.exists(share.resolve("S0")));
    }

    @Test
    void cleanupWithoutConsoleOrForceRefusesAndWhatIfOnlyPrints() throws IOException {
        assertEquals(1, osdkit("smp", "cleanup"));
        assertTrue(err.contains("CLI-CONFIRMATION-REQUIRED"), err);
        assertEquals(0, osdkit("smp", "cleanup", "--what-if"), err);
        assertTrue(out.contains("What if: Performing the operation \"Delete state store\" on target \"" + share.resolve("S0") + "\""), out);
        assertEquals(6, out.lines().filter(l -> l.startsWith("What if:")).count());
        assertTrue(Files.exists(share.resolve("S0")));
        assertEquals(0, osdkit("smp", "cleanup", "--what-if", "--output", "json"), err);
        JsonNode plan = new ObjectMapper().readTree(out);
        assertEquals(6, plan.size(), "one JSON document, the plan: " + out);
        assertTrue(plan.get(0).get("WhatIf").asText().startsWith("What if: Performing the operation \"Delete state store\""), out);
    }

    @Test
    void cleanupWithJsonOutputPrintsOneDocumentTheRunsOutcomes() throws Exception {
        assertEquals(0, osdkit("smp", "cleanup", "--force", "--output", "json"), err);
        JsonNode outcomes = new ObjectMapper().readTree(out);
        assertEquals(6, outcomes.size(), "one JSON document, the outcomes, not the plan before them: " + out);
        assertEquals("DELETED", outcomes.get(0).get("Result").asText(), out);
        assertFalse(Files.exists(share.resolve("S0")));
    }

    @Test
    void cleanupWithConfirmAsksForEachStoreAndDeletesOnlyThoseAnsweredYes() {
        List<String> asked = new ArrayList<>();
        CliRun run = CliRun.answering(change -> {
            asked.add(change.target());
            return change.target().endsWith("S0") || change.target().endsWith("S3") ? Confirmation.Answer.YES : Confirmation.Answer.NO;
        }, tmp.resolve("ws"), "smp", "cleanup", "--confirm", "--force");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertEquals(6, asked.size(), "--force does not skip --confirm's questions: " + asked);
        assertFalse(Files.exists(share.resolve("S0")));
        assertFalse(Files.exists(share.resolve("S3")));
        for (String kept : List.of("S1", "S2", "S4", "S5")) {
            assertTrue(Files.exists(share.resolve(kept)), kept);
        }
        assertTrue(run.out().contains("2 deleted"), run.out() + run.err());

        CliRun none = CliRun.answering(change -> Confirmation.Answer.NO_TO_ALL, tmp.resolve("ws"), "smp", "cleanup", "--confirm");
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.err().contains("Nothing deleted.") || none.out().contains("Nothing deleted."), none.out() + none.err());
        assertTrue(Files.exists(share.resolve("S1")));

        assertEquals(1, osdkit("smp", "cleanup", "--confirm"), "no console to ask");
        assertTrue(err.contains("CLI-CONFIRMATION-REQUIRED"), err);
        assertTrue(Files.exists(share.resolve("S1")));
    }

    @Test
    void cleanupAsksPerStoreWhenSomeoneTypesTheAnswers() {
        // No --force: PowerShell's question per store; the first answered no, the second with the default (Enter: Yes), then No to All.
        CliRun run = CliRun.typing("n\n\nl\n", () -> { }, tmp.resolve("ws"), "smp", "cleanup");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertEquals(3, run.err().split("\\[S\\] Suspend  \\[\\?\\] Help \\(default is \"Y\"\\): ", -1).length - 1, run.err());
        assertTrue(run.err().contains("Performing the operation \"Delete state store\" on target \"" + share.resolve("S"))
                || run.err().contains("Performing the operation \"Delete state store\""), run.err());
        long left = List.of("S0", "S1", "S2", "S3", "S4", "S5").stream().filter(n -> Files.exists(share.resolve(n))).count();
        assertEquals(5, left, "one store answered yes");
        assertTrue(run.out().contains("1 deleted"), run.out());
    }

    @Test
    void cleanupDrawsItsProgressOnStderrPerStoreAndStdoutStaysJson() throws IOException {
        assertEquals(0, osdkit("--output", "json", "--progress", "smp", "cleanup", "--force"), err + out);
        assertTrue(err.contains("Cleaning up SMP01") && err.contains("6/6"), err);
        assertFalse(out.contains("Cleaning up"), out);
        assertFalse(out.contains("\r"), out);
    }

    @Test
    void cleanupDeletesOnlyEligibleStoresAndHealthShowsNoBacklog() throws IOException {
        assertEquals(0, osdkit("smp", "hold", "HR-PC2", "--reason", "user asked for a file"), err);
        assertEquals(0, osdkit("smp", "cleanup", "--force"), err + out);
        for (String deleted : List.of("S0", "S1", "S2", "S3", "S5")) {
            assertFalse(Files.exists(share.resolve(deleted)), deleted);
        }
        for (String kept : List.of("S4", "NEVER", "RECENT")) {
            assertTrue(Files.exists(share.resolve(kept)), kept);
        }
        // NEVER-RESTORED is a stuck capture, a WARNING: a problem found, so exit 1 (as 'drivers dp status' for a DP behind).
        assertEquals(1, osdkit("smp", "health", "--output", "json"), err);
        JsonNode health = new ObjectMapper().readTree(out);
        assertEquals("WARNING", health.get("status").asText(), out);
        assertEquals("SMP01", health.get("server").asText());
        assertEquals(0, health.get("backlogStores").asInt());
        assertEquals(1, health.get("stuckCaptures").asInt());
        assertTrue(health.get("folders").get(0).get("writable").asBoolean());
        assertEquals(0, osdkit("smp", "journal"), err);
        assertTrue(out.contains("SMP01") || out.lines().count() == 3, out);
        // A malformed run ID is a usage error; a well-formed one of no run is a problem found.
        assertEquals(2, osdkit("smp", "journal", "not-a-run"), err);
        assertTrue(err.contains("\"not-a-run\" is not a cleanup run ID"), err);
        assertEquals(1, osdkit("smp", "journal", "00000000-0000-0000-0000-00000000ABCD"), err);
        assertTrue(err.contains("SMP-RUN-NOT-FOUND") && err.contains("00000000-0000-0000-0000-00000000abcd"), err);
    }

    @Test
    void scanExitsOneOnAStuckCaptureAndZeroWhenItFindsNone() {
        assertEquals(1, osdkit("smp", "scan"), out + err);
        assertTrue(out.contains("STUCK") && out.contains("NEVER-RESTORED"), out);
        assertEquals(0, osdkit("smp", "scan", "--stuck-after-days", "999999"), "nothing stuck that long: " + out + err);
        assertFalse(out.contains("STUCK"), out);
    }

    @Test
    void capacityExitsOneWhenAFolderIsCloseToALimit() throws IOException {
        assertEquals(0, osdkit("smp", "capacity"), err);
        assertTrue(out.contains("OK") && !out.contains("WARNING"), out);
        // MinDiskSpace three quarters of the free space: free is less than twice MinDiskSpace, a WARNING (not yet FULL).
        long freeMb = Files.getFileStore(storage).getUsableSpace() / (1024 * 1024);
        assertEquals(0, osdkit("smp", "settings", "set", "--server", "SMP01", "--site", "S01", "--folder",
                "Directory=" + storage + ";MaxClients=100;MinDiskSpace=" + (freeMb * 3 / 4) + ";MinDiskSpaceUnit=1;", "--delete-after", "14",
                "--cleanup-cycle-minutes", "0"), err);
        assertEquals(1, osdkit("smp", "capacity"), out + err);
        assertTrue(out.contains("WARNING") && !out.contains("FULL"), out);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void storeThatCannotBeDeletedGivesExitCodeOneAndTheOthersAreStillDeleted() throws Exception {
        // A real failure: a folder nested past Linux's PATH_MAX inside the second store.
        String name = "d".repeat(200);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 1 25); do mkdir " + name + " && cd " + name + "; done",
                "bash", share.resolve("S1").toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        try {
            assertEquals(1, osdkit("smp", "cleanup", "--force"));
            assertTrue(out.contains("FAILED") && out.contains("path too long"), out + err);
            assertTrue(err.contains("Some stores were not deleted"), err);
            for (String deleted : List.of("S0", "S2", "S3", "S4", "S5")) {
                assertFalse(Files.exists(share.resolve(deleted)), deleted);
            }
        } finally {
            assertEquals(0, new ProcessBuilder("rm", "-rf", share.resolve("S1").toString()).inheritIO().start().waitFor());
        }
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out);
    }

    @Test
    void holdOnTheStorePathAsThePlanPrintsItPrintsWhatItCoversAndTheCleanupKeepsTheStore() throws IOException {
        assertEquals(0, osdkit("smp", "plan", "--output", "json"), err);
        String printed = null;
        for (JsonNode row : json()) {
            if (row.get("SourceName").asText().equals("HR-PC2")) {
                printed = row.get("StorePath").asText();
            }
        }
        assertEquals(share.resolve("S4").toString(), printed);

        assertEquals(0, osdkit("smp", "hold", printed + "/", "--reason", "user asked for a file"), err);
        assertTrue(out.contains("16777220/16777220") && out.contains("HR-PC2 -> HR-PC2") && out.contains(printed), out);
        assertTrue(out.contains("1 store covered"), out);

        assertEquals(0, osdkit("smp", "plan"), err);
        String held = out.lines().filter(l -> l.contains("HR-PC2")).findFirst().orElseThrow();
        assertTrue(held.contains("KEEP") && held.contains("HELD") && held.contains("user asked for a file"), out);
        assertTrue(out.contains("(of them 1 held)"), out);

        assertEquals(0, osdkit("smp", "hold", "--list", "--output", "json"), err);
        JsonNode holds = json();
        assertEquals(1, holds.size());
        assertEquals("16777220/16777220", holds.get(0).get("Association").asText());
        assertEquals("store path", holds.get(0).get("Matches").asText());
        assertEquals("SMP01", holds.get(0).get("Server").asText());

        assertEquals(0, osdkit("smp", "cleanup", "--force"), err + out);
        assertTrue(Files.exists(share.resolve("S4").resolve("USMT").resolve("USMT.MIG")), "the held store");
        assertFalse(Files.exists(share.resolve("S5")));

        assertEquals(0, osdkit("smp", "hold", "--remove", "\\\\smp01.contoso.com\\SMPSTOREE_B2DE4AB0$\\s4"), err);
        assertTrue(out.contains("removed"), out);
        assertEquals(0, osdkit("smp", "hold", "--list", "--output", "json"), err);
        assertEquals(0, json().size());
    }

    @Test
    void holdThatMatchesNothingIsRefusedWithExitCodeOneAndNothingIsHeld() throws IOException {
        assertEquals(1, osdkit("smp", "hold", "\\\\SMP01\\SMPSTOREE_B2DE4AB0$\\S9", "--reason", "typo"));
        assertTrue(err.contains("SMP-HOLD-MATCHES-NOTHING") && err.contains("nothing is held"), err);
        assertEquals(1, osdkit("smp", "hold", "NO-SUCH-PC"));
        assertTrue(err.contains("SMP-HOLD-MATCHES-NOTHING"), err);
        assertEquals(0, osdkit("smp", "hold", "--list", "--output", "json"), err);
        assertEquals(0, json().size());
        assertEquals(0, osdkit("smp", "plan", "--output", "json"), err);
        long held = 0;
        for (JsonNode row : json()) {
            held += row.get("Reason").asText().equals("HELD") ? 1 : 0;
        }
        assertEquals(0, held);
    }

    @Test
    void importReportsBadRecordsWithLineAndExitsOne() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "SourceClientResourceID,RestoreClientResourceID,StoreCreationDate\n1,1,not-a-date\n");
        assertEquals(1, osdkit("smp", "import", bad.toString()));
        assertTrue(out.contains("StoreCreationDate") && out.contains("2"), out);
    }
}
