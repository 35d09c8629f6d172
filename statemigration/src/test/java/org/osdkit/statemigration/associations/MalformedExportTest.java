package org.osdkit.statemigration.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed records are reported with file, line and field, and the records around them are still imported. */
class MalformedExportTest {

    static final String HEADER = "\"SourceClientResourceID\",\"RestoreClientResourceID\",\"MigrationStatus\",\"StoreCreationDate\",\"StorePath\"\n";

    @TempDir
    Path tmp;

    private ImportResult read(String name, String text) throws IOException {
        return AssociationExport.read(Files.writeString(tmp.resolve(name), text), ZoneOffset.UTC);
    }

    private static List<Long> sources(ImportResult result) {
        return result.associations().stream().map(ComputerAssociation::sourceClientResourceId).toList();
    }

    @Test
    void csvRowWithAnUnknownCodeIsSkippedWithItsFieldAndTheNextRowIsRead() throws IOException {
        ImportResult result = read("a.csv", HEADER + "\"1\",\"1\",\"2\",\"\",\"\"\n\"2\",\"2\",\"FINISHED\",\"\",\"\"\n\"3\",\"3\",\"INPROGRESS\",\"\",\"\"\n");
        assertEquals(List.of(1L, 3L), sources(result));
        ImportProblem p = result.problems().get(0);
        assertEquals(3, p.line());
        assertEquals("MigrationStatus", p.field());
        assertTrue(p.message().startsWith("\"FINISHED\" is not a MigrationStatus"), p.message());
        assertTrue(p.message().endsWith("; record skipped"), p.message());
        assertEquals(tmp.resolve("a.csv"), p.file());
    }

    @Test
    void csvRowWithTooManyValuesIsSkippedAndTheRestIsRead() throws IOException {
        ImportResult result = read("a.csv", HEADER + "\"1\",\"1\",\"\",\"\",\"\",\"extra\"\n\"2\",\"2\",\"\",\"\",\"\"\n");
        assertEquals(List.of(2L), sources(result));
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(2, result.problems().get(0).line());
        assertNull(result.problems().get(0).field());
        assertTrue(result.problems().get(0).message().contains("expected at most 5"), result.problems().get(0).message());
    }

    @Test
    void csvLineOfABadRowIsWhereItStartsAfterMultiLineValuesBlankLinesAndComments() throws IOException {
        String csv = "#TYPE IResultObject#SMS_StateMigration\n\n" + HEADER
                + "\"1\",\"1\",\"\",\"\",\"\\\\SMP01\\S$\\A\nsecond line\nthird line\"\n"
                + "\n"
                + "\"2\",\"2\",\"\",\"not a date\",\"\"\n";
        ImportResult result = read("a.csv", csv);
        assertEquals(List.of(1L), sources(result));
        assertEquals("\\\\SMP01\\S$\\A\nsecond line\nthird line", result.associations().get(0).storePath());
        ImportProblem p = result.problems().get(0);
        assertEquals(8, p.line(), p.toString());
        assertEquals("StoreCreationDate", p.field());
        assertTrue(p.toString().startsWith(tmp.resolve("a.csv") + ":8 StoreCreationDate: \"not a date\" is not a date"), p.toString());
    }

    @Test
    void csvRowWithoutItsKeyNamesTheMissingColumn() throws IOException {
        ImportResult result = read("a.csv", "SourceClientResourceID,StorePath\n1,\\\\SMP01\\S$\\A\n");
        assertEquals(List.of(), result.associations());
        assertEquals("RestoreClientResourceID", result.problems().get(0).field());
        assertTrue(result.problems().get(0).message().contains("is missing (it is part of the association's key)"));
    }

    @Test
    void csvColumnsAreMatchedInAnyCaseAndOrderAndUnknownOnesAreIgnored() throws IOException {
        ImportResult result = read("a.csv", "PSComputerName,storepath,restoreclientresourceid,SOURCECLIENTRESOURCEID,UserNames\nSCCM01,\\\\SMP01\\S$\\A,2,1,a;b\n");
        assertEquals(List.of(), result.problems());
        ComputerAssociation a = result.associations().get(0);
        assertEquals("1/2", a.key());
        assertEquals("\\\\SMP01\\S$\\A", a.storePath());
        assertEquals(List.of("a", "b"), a.userNames());
    }

    @Test
    void csvWithAStrayCharacterAfterAQuoteKeepsWhatCameBeforeAndSaysWhere() throws IOException {
        ImportResult result = read("a.csv", HEADER + "\"1\",\"1\",\"\",\"\",\"\"\n\"2\",\"2\",\"\"x,\"\",\"\"\n\"3\",\"3\",\"\",\"\",\"\"\n");
        assertEquals(List.of(1L), sources(result));
        ImportProblem p = result.problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("broken") && p.message().contains("line 3, column"), p.message());
        assertTrue(p.message().endsWith("the rest of the file is skipped"), p.message());
    }

    @Test
    void csvQuoteNeverClosedIsReportedAtTheRowItOpensIn() throws IOException {
        ImportResult result = read("a.csv", HEADER + "\"1\",\"1\",\"\",\"\",\"\"\n\"2\",\"2\",\"\",\"\",\"\\\\SMP01\\S$\\A\n\"3\",\"3\"\n");
        assertEquals(List.of(1L), sources(result));
        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).line());
    }

    @Test
    void csvWithoutAHeaderHoldsNothingAndNoProblem() throws IOException {
        ImportResult result = read("a.csv", "#TYPE IResultObject#SMS_StateMigration\n\n");
        assertEquals(List.of(), result.associations());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void jsonElementsThatAreNoObjectsAreReportedByKindAndTheNextOneIsRead() throws IOException {
        ImportResult result = read("a.json", "[\n\"text\",\nnull,\n[1, 2],\n{\"SourceClientResourceID\": 1, \"RestoreClientResourceID\": 1}\n]");
        assertEquals(List.of(1L), sources(result));
        assertEquals(List.of(2, 3, 4), result.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("expected an object, found string; skipped", "expected an object, found null; skipped",
                "expected an object, found array; skipped"), result.problems().stream().map(ImportProblem::message).toList());
    }

    @Test
    void jsonObjectWithABadValueIsSkippedWithItsFieldAndTheNextOneIsRead() throws IOException {
        String json = """
                [
                  {"SourceClientResourceID": 1, "RestoreClientResourceID": 1, "MigrationType": 7,
                   "UserNames": [{"UserName": "a"}]},
                  {"SourceClientResourceID": "x", "RestoreClientResourceID": 2},
                  {"sourceclientresourceid": 3, "RESTORECLIENTRESOURCEID": 3, "MigrationType": "sideBySide",
                   "StoreCreationDate": {"value": "20090105101500.000000+000", "DisplayHint": 2}}
                ]
                """;
        ImportResult result = read("a.json", json);
        assertEquals(List.of(3L), sources(result));
        assertEquals(MigrationType.SIDEBYSIDE, result.associations().get(0).migrationType());
        assertEquals(Instant.parse("2009-01-05T10:15:00Z"), result.associations().get(0).storeCreationDate());
        assertEquals(List.of(2, 4), result.problems().stream().map(ImportProblem::line).toList());
        assertEquals(List.of("MigrationType", "SourceClientResourceID"), result.problems().stream().map(ImportProblem::field).toList());
        assertTrue(result.problems().get(0).message().startsWith("\"7\" is not a MigrationType"), result.problems().get(0).message());
        assertEquals("\"x\" is not a resource ID; record skipped", result.problems().get(1).message());
    }

    @Test
    void adminServiceWrapperReportsItsElementsAtTheirOwnLines() throws IOException {
        String json = "{\"@odata.context\": \"x\",\n \"value\": [\n  {\"SourceClientResourceID\": 1, \"RestoreClientResourceID\": 1},\n"
                + "  {\"SourceClientResourceID\": 2, \"RestoreClientResourceID\": 2, \"StoreReleaseDate\": \"soon\"}\n ]}";
        ImportResult result = read("a.json", json);
        assertEquals(List.of(1L), sources(result));
        assertEquals(4, result.problems().get(0).line());
        assertEquals("StoreReleaseDate", result.problems().get(0).field());
    }

    @Test
    void singleJsonObjectWithABadValueIsReportedAtItsLine() throws IOException {
        ImportResult result = read("a.json", "\n{\"SourceClientResourceID\": 1, \"RestoreClientResourceID\": 1, \"MigrationBehavior\": \"most\"}");
        assertEquals(List.of(), result.associations());
        assertEquals(2, result.problems().get(0).line());
        assertEquals("MigrationBehavior", result.problems().get(0).field());
    }

    @Test
    void jsonThatHoldsNoAssociationsSaysSo() throws IOException {
        ImportResult result = read("a.json", "42");
        assertEquals(List.of(), result.associations());
        assertEquals("expected a JSON array or object of associations", result.problems().get(0).message());
    }
}
