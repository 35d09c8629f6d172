package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InfStringsTest {

    private final InfStrings strings = Infs.ascii(Infs.lines(
            "[Strings]", "Desc = \"Network adapter\"", "Only = \"undecorated only\"",
            "[Strings.0407]", "Desc = \"Netzwerkadapter\"",
            "[Strings.0c07]", "Desc = \"Netzwerkadapter (AT)\"",
            "[Strings.0009]", "Desc = \"Network adapter (neutral)\"",
            "[strings.040C]", "Desc = \"Carte reseau\"")).strings();

    @Test
    void choosesTheExactLanguageFirst() {
        assertEquals("Netzwerkadapter", strings.get("desc", 0x0407).orElseThrow());
        assertEquals("Carte reseau", strings.get("DESC", 0x040C).orElseThrow());
    }

    @Test
    void thenTheNeutralSublanguageOfThePrimaryLanguage() {
        assertEquals("Network adapter (neutral)", strings.get("Desc", 0x0809).orElseThrow());
    }

    @Test
    void thenAnySublanguageOfThePrimaryLanguage() {
        // Swiss German (0x0807) has no section and German has no neutral one: a German section is used.
        assertEquals(0x0407, strings.chosenSection(0x0807).orElseThrow());
    }

    @Test
    void thenTheUndecoratedSection() {
        assertEquals("Network adapter", strings.get("Desc", 0x0411).orElseThrow());
        assertEquals(-1, strings.chosenSection(0x0411).orElseThrow());
    }

    @Test
    void aTokenMissingFromTheChosenSectionComesFromTheUndecoratedOne() {
        assertEquals("undecorated only", strings.get("Only", 0x0407).orElseThrow());
    }

    @Test
    void substitutesTokensInsideQuotedTextAndTurnsDoublePercentIntoOne() {
        InfStrings s = Infs.ascii(Infs.lines("[Strings]", "A = \"one\"", "B = \"two\"")).strings();
        assertEquals("one two 100% %A", s.resolve("%A% %B% 100%% %A"));
        assertEquals("onetwo", s.resolve("%A%%B%"));
        assertEquals("%SystemRoot%\\x.dll", s.resolve("%%SystemRoot%%\\x.dll"));
    }

    @Test
    void leavesDirectoryIdsAloneAndReportsUndefinedTokens() {
        List<String> undefined = new ArrayList<>();
        String out = strings.resolve("%13%\\%Missing%.sys", InfStrings.DEFAULT_LANGUAGE, undefined::add);
        assertEquals("%13%\\%Missing%.sys", out);
        assertEquals(List.of("Missing"), undefined);
    }
}
