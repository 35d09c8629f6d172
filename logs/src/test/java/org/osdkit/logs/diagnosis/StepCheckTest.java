package org.osdkit.logs.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepCheckTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", ignoreLeadingAndTrailingWhitespace = false, value = {
            "Cleanup of store .* failed with error ?code=> failed with error",
            "osddriverclient\\.exe.*?/install=>osddriverclient.exe",
            "Hash could not be matched for the download(ed)? content=>hash could not be matched for the download",
            "health ?check.{0,80}?\\b(status( code)?|HTTP|error)\\D{0,20}\\b(401|403|500)\\b=>health",
            "Partition \\d+ larger than remaining disk space=> larger than remaining disk space",
            "verify .{0,200}authenticode signature=>authenticode signature",
            "(HTTP|status)\\W{0,3}(401|403)\\b.{0,40}unauthori[sz]ed=>unauthori",
    })
    void findsTheTextEveryMatchMustContain(String regex, String literal) {
        assertEquals(literal, StepCheck.requiredLiteral(regex));
    }

    @Test
    void givesUpOnTopLevelAlternativesAndShortRuns() {
        assertNull(StepCheck.requiredLiteral("\\bno (distribution points?|DPs?)\\b.{0,40}(found|available)|did not find any"));
        assertNull(StepCheck.requiredLiteral("a.b.c"));
    }

    @Test
    void theLiteralOfEveryBuiltInPatternIsInEveryExampleLineTheRegexMatches() {
        RulePack.builtIn().rules().forEach(rule -> rule.signatures().forEach(sig -> sig.steps().forEach(step -> {
            if (step.pattern() == null) {
                return;
            }
            String literal = StepCheck.requiredLiteral(step.pattern().pattern());
            for (String example : rule.examples()) {
                for (String line : example.lines().toList()) {
                    if (literal != null && step.pattern().matcher(line).find()) {
                        assertTrue(line.toLowerCase().contains(literal), rule.id() + ": " + literal + " not in " + line);
                    }
                }
            }
        })));
    }

    @Test
    void codeFormsCoverHexAndBothDecimals() {
        assertEquals(List.of("80070057", "2147942487", "-2147024809"), StepCheck.forms(0x80070057L));
        assertEquals(List.of("38", "26"), StepCheck.forms(38));
    }
}
