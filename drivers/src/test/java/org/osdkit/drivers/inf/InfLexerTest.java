package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InfLexerTest {

    @Test
    void mergesSectionsOfTheSameNameIgnoringCase() {
        InfFile inf = Infs.ascii(Infs.lines("[version]", "Signature=\"$Windows NT$\"", "[Other]", "a=1", "[VERSION]", "Class=Net"));
        InfSection version = inf.section("Version").orElseThrow();
        assertEquals(List.of(1, 5), version.headerLines());
        assertEquals("Net", version.first("class").orElseThrow().value());
        assertEquals(2, version.lines().size());
    }

    @Test
    void stripsTheCommentBeforeTestingForAContinuation() {
        InfFile inf = Infs.ascii(Infs.lines("[S]", "HKR,,Flags,1, 05,01, \\ ; trailing comment after the backslash", "   06,01", "Next=1"));
        List<InfLine> lines = inf.section("S").orElseThrow().lines();
        assertEquals(List.of("HKR", "", "Flags", "1", "05", "01", "06", "01"), lines.get(0).values());
        assertEquals(2, lines.get(0).line());
        assertEquals("Next", lines.get(1).key());
    }

    @Test
    void aBackslashInsideACommentIsNotAContinuation() {
        InfFile inf = Infs.ascii(Infs.lines("[S]", "ServiceBinary = %12%\\x.sys ;%windir%\\system32\\drivers\\", "StartType = 3"));
        List<InfLine> lines = inf.section("S").orElseThrow().lines();
        assertEquals(2, lines.size());
        assertEquals("%12%\\x.sys", lines.get(0).value());
        assertEquals("3", lines.get(1).value());
    }

    @Test
    void aQuotedPathEndingInABackslashCanStillContinue() {
        InfFile inf = Infs.ascii(Infs.lines("[S]", "Path = \"Dir\\\"\\", "   , second"));
        assertEquals(List.of("Dir\\", "second"), inf.section("S").orElseThrow().lines().get(0).values());
    }

    @Test
    void semicolonsInsideQuotesAndTokensAreNotComments() {
        InfFile inf = Infs.ascii(Infs.lines("[S]", "A = \"x;y\" ; real comment", "B = %tok;en% ; real comment"));
        List<InfLine> lines = inf.section("S").orElseThrow().lines();
        assertEquals("x;y", lines.get(0).value());
        assertEquals("%tok;en%", lines.get(1).value());
    }

    @Test
    void doubledQuotesInsideQuotesAreOneQuoteAndQuotedBlanksAreKept() {
        InfFile inf = Infs.ascii(Infs.lines("[Strings]", "A = \"\"\"x\"\"\"", "B = \"  padded; kept\\\"", "C =   trimmed   "));
        InfStrings strings = inf.strings();
        assertEquals("\"x\"", strings.resolve("%A%"));
        assertEquals("  padded; kept\\", strings.resolve("%B%"));
        assertEquals("trimmed", strings.resolve("%C%"));
    }

    @Test
    void keepsOmittedMiddleValuesAsEmptyFields() {
        InfLine line = Infs.ascii(Infs.lines("[SourceDisksFiles]", "file.sys = 1,,1234")).section("SourceDisksFiles").orElseThrow().lines().get(0);
        assertEquals(List.of("1", "", "1234"), line.values());
    }

    @Test
    void ctrlZEndsTheFile() {
        InfFile inf = Infs.ascii("[S]\r\nA=1\r\n\u001A[T]\r\nB=2\r\n");
        assertTrue(inf.section("T").isEmpty());
        assertEquals("1", inf.section("S").orElseThrow().first("A").orElseThrow().value());
    }

    @Test
    void acceptsLfAndLoneCrLineEndingsWithRightLineNumbers() {
        InfFile lf = Infs.ascii("[S]\nA=1\nB=2\n");
        InfFile cr = Infs.ascii("[S]\rA=1\rB=2\r");
        assertEquals(3, lf.section("S").orElseThrow().first("B").orElseThrow().line());
        assertEquals(3, cr.section("S").orElseThrow().first("B").orElseThrow().line());
    }

    @Test
    void reportsAFieldLongerThanWindowsReads() {
        InfFile inf = Infs.ascii(Infs.lines("[S]", "A = " + "x".repeat(5000)));
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.FIELD_TOO_LONG && f.line() == 2), inf.findings().toString());
        assertEquals(5000, inf.section("S").orElseThrow().first("A").orElseThrow().value().length());
    }

    @Test
    void reportsTextBeforeTheFirstSectionAndAnUnclosedQuote() {
        InfFile inf = Infs.ascii(Infs.lines("/*++ C comment", "[S]", "A = \"open"));
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.LINE_OUTSIDE_SECTION && f.line() == 1));
        assertTrue(inf.findings().stream().anyMatch(f -> f.rule() == InfRule.UNTERMINATED_QUOTE && f.line() == 3));
        assertEquals("open", inf.section("S").orElseThrow().first("A").orElseThrow().value());
    }

    @Test
    void keepsTheLineOfEveryValue() {
        InfFile inf = Infs.ascii(Infs.VERSION + Infs.lines("[Strings]", "Mfg = \"Contoso\""));
        assertEquals(5, inf.version().provider().line());
        assertEquals("Contoso", inf.version().provider().text());
        assertEquals(6, inf.driverVer().line());
    }
}
