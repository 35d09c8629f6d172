package org.osdkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server-rendered charts and page parts escape what they show and stay inside their bounds. */
class ChartsTest {

    @Test
    void labelsAndTitlesAreEscaped() {
        String svg = Charts.bars("c", "<b>title</b>", List.of(new Charts.Part("<script>", 3, "findings\" onload=\"x")), 1);
        assertFalse(svg.contains("<script>") || svg.contains("<b>") || svg.contains("\" onload=\""), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        String empty = Layout.empty("Nothing <here>.", "osdkit drivers import <folder>");
        assertTrue(empty.contains("&lt;folder&gt;") && empty.contains("class=\"command\""), empty);
    }

    @Test
    void barsScaleToTheLargestValueAndZeroDrawsNoBar() {
        String svg = Charts.bars("c", "t", List.of(new Charts.Part("a", 0, "x"), new Charts.Part("b", 10, "x"), new Charts.Part("c", 5, "x")), 1);
        assertEquals(3, svg.split("<rect ", -1).length - 1, "one rect per bar");
        assertTrue(svg.contains("height=\"0\""), "zero is no bar");
        assertTrue(svg.contains("height=\"106\"") && svg.contains("height=\"53\""), "10 takes the full height (120 - 14), 5 half: " + svg);
    }

    @Test
    void aGaugeIsClampedToZeroAndAHundred() {
        assertTrue(Charts.gauge("g", "t", 150, "error", "SMP01").contains(">100%<"));
        String none = Charts.gauge("g", "t", -5, "ok", "SMP01");
        assertTrue(none.contains(">0%<") && !none.contains("class=\"fill"), none);
    }

    @Test
    void stackedRowsAreAsLongAsTheirTotals() {
        String svg = Charts.stacked("s", "t", List.of(new Charts.Row("dp01", "/x", List.of(new Charts.Part("Distributed", 2, "Distributed"))),
                new Charts.Row("dp02", null, List.of(new Charts.Part("Failed", 1, "Failed")))), ContentBucket.legend(), 100, 200);
        assertTrue(svg.contains("width=\"200.0\"") && svg.contains("width=\"100.0\""), "2 fills the bar, 1 half of it: " + svg);
        assertTrue(svg.contains("<a href=\"/x\">"), "a row with a link");
    }
}
