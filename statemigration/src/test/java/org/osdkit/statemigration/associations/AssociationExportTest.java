package org.osdkit.statemigration.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.OsdkitException;
import org.osdkit.statemigration.SmpErrors;

class AssociationExportTest {

    @TempDir
    Path tmp;

    private Path resource(String name) throws IOException {
        Path target = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("exports/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void csvExportIsReadWithWmiDatesAndBadRecordsReportedByLineAndField() throws IOException {
        Path file = resource("associations.csv");
        ImportResult result = AssociationExport.read(file, ZoneOffset.UTC);

        assertEquals(List.of("PC-ACCOUNTING-01", "PC2", "MULTI"), result.associations().stream().map(ComputerAssociation::sourceName).toList());
        ComputerAssociation first = result.associations().get(0);
        assertEquals(Instant.parse("2009-01-05T10:15:00Z"), first.storeCreationDate());
        assertEquals(Instant.parse("2009-01-06T08:30:00Z"), first.storeReleaseDate(), "+060 is minutes east of UTC");
        assertNull(first.storeDeletionDate(), "the WMI null date is 'not set'");
        assertEquals(StoreState.RELEASED, first.state());
        assertEquals(List.of(), first.userNames(), "Export-Csv writes System.String[] for arrays");
        assertEquals("CONTOSO\\kenny", first.sourceLastLogonUser());
        assertEquals(MigrationType.INPLACE, first.migrationType());
        assertTrue(first.storePath().startsWith("\\\\SMP01\\SMPSTOREE_B2DE4AB0$\\FBC0"));

        ComputerAssociation second = result.associations().get(1);
        assertEquals(Instant.parse("2009-01-20T16:05:06Z"), second.storeCreationDate());
        assertNull(second.migrationBehavior());
        assertEquals(StoreState.CAPTURED, second.state());
        assertEquals(List.of("user one", "user two"), result.associations().get(2).userNames());

        List<ImportProblem> problems = result.problems();
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(5, problems.get(0).line());
        assertEquals("StoreCreationDate", problems.get(0).field());
        assertEquals(6, problems.get(1).line());
        assertEquals("SourceClientResourceID", problems.get(1).field());
        assertEquals(7, problems.get(2).line());
        assertTrue(problems.get(2).message().contains("expected 18, found 4"), problems.get(2).message());
        assertTrue(problems.get(0).toString().startsWith(file + ":5 StoreCreationDate"));
    }

    @Test
    void jsonExportIsReadWithEveryDateFormAndUserNameObjects() throws IOException {
        ImportResult result = AssociationExport.read(resource("associations.json"), ZoneOffset.UTC);
        assertEquals(2, result.associations().size(), result.problems().toString());
        ComputerAssociation first = result.associations().get(0);
        assertEquals(Instant.ofEpochMilli(1231150500000L), first.storeCreationDate());
        assertEquals(Instant.parse("2009-01-06T08:30:00Z"), first.storeReleaseDate());
        assertEquals(List.of("CONTOSO\\kenny", "CONTOSO\\ann"), first.userNames());
        assertEquals(MigrationStatus.NOTSTARTED, result.associations().get(1).migrationStatus(), "{value: 0} wrapper");
        assertEquals(List.of(19, 20), result.problems().stream().map(ImportProblem::line).toList());
        assertEquals("StoreCreationDate", result.problems().get(1).field());
    }

    @Test
    void utf16ExportOfWindowsPowerShellAndAdminServiceWrapperAreRead() throws IOException {
        String json = "{\"@odata.context\": \"x\", \"value\": [{\"SourceClientResourceID\": 1, \"RestoreClientResourceID\": 2,"
                + " \"StoreCreationDate\": \"2009-01-05T10:15:00\"}]}";
        Path file = tmp.resolve("export.txt");
        byte[] body = json.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(file, withBom);
        ImportResult result = AssociationExport.read(file, ZoneOffset.ofHours(1));
        assertEquals(1, result.associations().size());
        assertEquals(Instant.parse("2009-01-05T09:15:00Z"), result.associations().get(0).storeCreationDate(), "no offset: the given zone");
    }

    @Test
    void semicolonSeparatedCsvOfUseCultureIsRead() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.csv"), "SourceClientResourceID;RestoreClientResourceID;StorePath\n1;2;\"\\\\SMP01\\S$\\A;B\"\n");
        ComputerAssociation a = AssociationExport.read(file, ZoneOffset.UTC).associations().get(0);
        assertEquals("\\\\SMP01\\S$\\A;B", a.storePath());
    }

    @Test
    void brokenJsonIsReportedWithItsLineAndWhatCameBeforeIsKept() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.json"), "[\n{\"SourceClientResourceID\": 1, \"RestoreClientResourceID\": 2},\n{\"SourceClientResourceID\": \n");
        ImportResult result = AssociationExport.read(file, ZoneOffset.UTC);
        assertEquals(1, result.associations().size());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().contains("broken"), result.problems().get(0).message());
    }

    @Test
    void missingFileIsAClearError() {
        OsdkitException e = assertThrows(OsdkitException.class, () -> AssociationExport.read(tmp.resolve("nope.csv"), ZoneOffset.UTC));
        assertEquals(SmpErrors.EXPORT_UNREADABLE, e.code());
        assertTrue(e.getMessage().contains("nope.csv"));
    }
}
