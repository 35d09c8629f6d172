package org.osdkit.sites.controlfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteErrors;
import org.osdkit.sites.SiteType;

class SiteControlFileTest {

    static Stream<String> allFixtures() {
        return Stream.concat(Fixtures.CLEAN.stream(), Fixtures.BROKEN.stream());
    }

    @ParameterizedTest
    @MethodSource("allFixtures")
    void unchangedFileRendersToTheSameBytes(String name) {
        byte[] original = Fixtures.bytes(name);
        assertArrayEquals(original, SiteControlFile.parse(original, name).bytes());
    }

    @ParameterizedTest
    @MethodSource("org.osdkit.sites.controlfile.Fixtures#cleanNames")
    void cleanFixturesParseWithoutProblems(String name) {
        SiteControlFile file = Fixtures.parse(name);
        assertEquals(List.of(), file.problems());
        assertArrayEquals(Fixtures.bytes(name), file.writableBytes());
    }

    @Test
    void readsTheSiteDefinitionOfASecondarySite() {
        SiteDefinition def = Fixtures.parse("cm2007-secondary-se1.ct0").siteDefinition().orElseThrow();
        assertEquals(SiteCode.of("SE1"), def.siteCode());
        assertEquals("Brussels Secondary", def.siteName());
        assertEquals(12, def.siteNameLine());
        assertEquals(SiteCode.of("PR1"), def.parentSiteCode());
        assertEquals("SE1SRV01", def.siteServer());
        assertEquals(SiteType.SECONDARY, def.siteType());
        assertEquals("4.00.6487.2000", def.productVersion());
    }

    @Test
    void topSiteHasNoParentAndKeepsItsOddLayout() {
        SiteControlFile file = Fixtures.parse("cm2007-primary-pr1.ct0");
        SiteDefinition def = file.siteDefinition().orElseThrow();
        assertNull(def.parentSiteCode());
        assertEquals(SiteType.PRIMARY, def.siteType());
        ScfLine last = file.lines().get(file.lines().size() - 1);
        assertEquals("", last.terminator(), "no newline after the last line");
        assertTrue(file.lines().stream().anyMatch(l -> l.text().equals("   \t ")), "whitespace-only line kept");
        assertTrue(file.lines().stream().anyMatch(l -> l.text().contains("Li\u00E8ge")), "Latin-1 byte kept as one character");
    }

    @Test
    void keepsTheSms1HeaderLineAndLfEndings() {
        SiteControlFile file = Fixtures.parse("sms2003-secondary-se2.ct0");
        assertEquals("SITE CONTROL FILE [2701][1.08]", file.header());
        assertTrue(file.lines().stream().allMatch(l -> l.terminator().equals("\n")));
        assertEquals("SMS_SE2", file.find("SITE_DEFINITION").get(0).property("sql database name").orElseThrow().text(),
                "Property keyword in mixed case is read");
    }

    @Test
    void givesAStructuredViewOfComponentsPropertiesAndLists() {
        SiteControlFile file = Fixtures.parse("cm2007-secondary-se1.ct0");
        List<ScfBlock> components = file.find("COMPONENT");
        assertEquals(4, components.size());
        assertEquals("SMS_SITE_CONTROL_MANAGER", components.get(0).name());
        assertEquals(250000L, components.get(0).property("Max File Size").orElseThrow().dword().getAsLong());
        assertEquals("SITE_KEY_FLAGS", components.get(0).records().get(0).keyword());
        ScfBlock list = file.find("SITE_DEFINITION").get(0).children().get(0);
        assertEquals("Site Boundaries", list.name());
        assertEquals("AD Site=Brussels;Type=Slow;", list.values().get(2).text());
        ScfBlock address = file.find("ADDRESS").get(0);
        assertEquals("#32(0A1B2C3D4E5F60718293A4B5C6D7E8F9)", address.records().get(0).fields().get(4));
        assertEquals("Owner: Infra team; ticket #4711 | A&B, x=1,y=2 * don't",
                file.find("SITE_DEFINITION").get(0).property("Comment").orElseThrow().text());
    }

    @Test
    void topLevelRecordsOfOlderFilesAreRecordsNotTextOutsideABlock() {
        SiteControlFile file = Fixtures.parse("sms2003-top-level-records-se4.ct0");
        assertEquals(List.of(), file.problems());
        assertEquals("SITE CONTROL FILE [2301][1.08]", file.header());
        assertEquals(List.of("Site Server Domain", "Status Retry Interval", "Parent Site Code"),
                file.properties().stream().map(ScfProperty::name).toList());
        assertEquals(30L, file.property("status retry interval").orElseThrow().dword().getAsLong());
        assertEquals(12, file.property("Parent Site Code").orElseThrow().line(), "mixed-case Property keyword, with its line");
        assertEquals(List.of("ADDRESS", "ADDRESS", "OUTBOX", "SERVER", "LOGONSERVER", "SERVER"),
                file.records().stream().map(ScfRecord::keyword).toList());
        ScfRecord lan = file.records("address").get(0);
        assertEquals(List.of("SE4", "PR1", "MS_LAN", "1", "#24(9F8E7D6C5B4A39281706F5E4)"), lan.fields());
        assertEquals(List.of("SE4SRV01", "SE4SRV02"), file.records("SERVER").stream().map(r -> r.fields().get(0)).toList(),
                "a record after the last block is read too");
        assertEquals(List.of(), file.records("TRANSACTION"));
        SiteDefinition def = file.siteDefinition().orElseThrow();
        assertEquals("Leuven Secondary", def.siteName());
        assertEquals(1, file.find("COMPONENT").get(0).properties().size(), "block properties stay in their block");
        assertEquals(2, file.find("SITE_DEFINITION").get(0).properties().size());
    }

    @Test
    void aFileWithTopLevelRecordsIsEditedInPlaceOnly() {
        byte[] before = Fixtures.bytes("sms2003-top-level-records-se4.ct0");
        SiteControlFile changed = SiteControlFile.parse(before, "se4").withSiteName("Leuven");
        assertArrayEquals(DescriptionBytes.withName(before, "Leuven Secondary", "Leuven"), changed.bytes());
        assertEquals(file(before).properties(), changed.properties());
        assertEquals(file(before).records(), changed.records());
    }

    @Test
    void anUnknownWordAtTheTopLevelIsStillAProblem() {
        String text = "BEGIN_SITE_DEFINITION\r\n<0>\r\n<SE4>\r\n<Leuven>\r\nEND_SITE_DEFINITION\r\n"
                + "OUTBOX <MS_LAN><C:\\out>\r\nREMARK <not a record>\r\n<positional>\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        SiteControlFile file = SiteControlFile.parse(bytes, "mixed");
        assertEquals(List.of(7, 8), file.problems().stream().map(ScfProblem::line).toList(), file.describeProblems(5));
        assertTrue(file.problems().get(0).message().contains("REMARK is no record the format allows at the top level"), file.describeProblems(5));
        assertEquals(1, file.records("OUTBOX").size());
        assertArrayEquals(bytes, file.bytes());
        assertEquals(SiteErrors.SCF_UNPARSED, assertThrows(OsdkitException.class, file::writableBytes).code());
    }

    @Test
    void aFileStartingWithATopLevelRecordHasNoHeader() {
        byte[] bytes = "PROPERTY <Site Server Domain><REG_SZ><FABRIKAM><0>\nBEGIN_SITE_DEFINITION\n<0>\n<SE4>\n<Leuven>\nEND_SITE_DEFINITION\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        SiteControlFile file = SiteControlFile.parse(bytes, "no-header");
        assertEquals("", file.header());
        assertEquals("FABRIKAM", file.property("Site Server Domain").orElseThrow().text());
        assertTrue(file.fullyParsed(), file.describeProblems(3));
    }

    private static SiteControlFile file(byte[] bytes) {
        return SiteControlFile.parse(bytes, "file");
    }

    /** The bytes with one bracketed name replaced, the way a person would do it in an editor. */
    private static final class DescriptionBytes {
        static byte[] withName(byte[] bytes, String oldName, String newName) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            return text.replace("<" + oldName + ">", "<" + newName + ">").getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void readsALargeFileWithThousandsOfProperties() {
        SiteControlFile file = Fixtures.parse("large-primary-cen.ct0");
        int properties = file.blocks().stream().mapToInt(ScfBlock::propertyCount).sum();
        assertTrue(properties > 6000, "properties: " + properties);
        assertEquals(300 + 4, file.find("COMPONENT").size());
        assertTrue(file.fullyParsed());
    }

    @Test
    void changingTheSiteNameChangesOnlyTheBytesInsideItsBrackets() {
        byte[] before = Fixtures.bytes("cm2007-primary-pr1.ct0");
        SiteControlFile changed = SiteControlFile.parse(before, "pr1").withSiteName("Antwerp HQ");
        byte[] after = changed.bytes();
        String b = new String(before, StandardCharsets.ISO_8859_1);
        String a = new String(after, StandardCharsets.ISO_8859_1);
        int at = b.indexOf("Primary Site Antwerp");
        assertEquals(b.substring(0, at), a.substring(0, at));
        assertEquals(b.substring(at + "Primary Site Antwerp".length()), a.substring(at + "Antwerp HQ".length()));
        assertEquals("Antwerp HQ", changed.siteDefinition().orElseThrow().siteName());
    }

    @Test
    void truncatedFileIsReadButNeverWritten() {
        SiteControlFile file = Fixtures.parse("broken/truncated.ct0");
        assertTrue(file.describeProblems(5).contains("never closed"), file.describeProblems(5));
        OsdkitException e = assertThrows(OsdkitException.class, file::writableBytes);
        assertEquals(SiteErrors.SCF_UNPARSED, e.code());
        assertTrue(e.getMessage().contains("broken/truncated.ct0"), e.getMessage());
        assertThrows(OsdkitException.class, () -> file.withSiteName("x"));
    }

    @Test
    void missingEndIsReportedAtItsBeginLine() {
        SiteControlFile file = Fixtures.parse("broken/unbalanced.ct0");
        assertTrue(file.problems().stream().anyMatch(p -> p.line() == 9 && p.message().contains("BEGIN_SITE_DEFINITION is never closed")),
                file.describeProblems(5));
    }

    @Test
    void angleBracketInsideAValueNamesLineAndColumn() {
        SiteControlFile file = Fixtures.parse("broken/angle-in-value.ct0");
        assertEquals(List.of(new ScfProblem(12, "'<' inside a value at column 13 (no escape exists for it in the site control file format)")),
                file.problems());
    }

    @Test
    void secondSiteDefinitionIsAProblem() {
        SiteControlFile file = Fixtures.parse("broken/duplicate-site-definition.ct0");
        assertTrue(file.describeProblems(5).contains("a second SITE_DEFINITION"), file.describeProblems(5));
        assertTrue(file.siteDefinition().isEmpty());
    }

    @Test
    void kbSampleShapeIsReadTolerantly() {
        SiteControlFile file = Fixtures.parse("broken/kb-sample-malformed.ct0");
        assertEquals(1, file.problems().size(), file.describeProblems(5));
        assertTrue(file.problems().get(0).message().contains("unexpected text \">"), file.describeProblems(5));
        assertEquals("SE9", file.siteDefinition().orElseThrow().siteCode().value(), "the rest of the file is still understood");
    }

    @Test
    void binaryFileIsOneProblemAndStillRoundTrips() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        SiteControlFile file = SiteControlFile.parse(binary, "blob.bin");
        assertEquals(1, file.problems().size());
        assertTrue(file.problems().get(0).message().contains("binary content"));
        assertArrayEquals(binary, file.bytes());
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        OsdkitException e = assertThrows(OsdkitException.class, () -> SiteControlFile.read(dir.resolve("sitectrl.ct0")));
        assertEquals(SiteErrors.FILE_UNREADABLE, e.code());
    }

    @Test
    void readsFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sitectrl.ct0");
        Files.write(file, Fixtures.bytes("cm2007-secondary-se1.ct0"));
        assertEquals("Brussels Secondary", SiteControlFile.read(file).siteDefinition().orElseThrow().siteName());
    }
}
