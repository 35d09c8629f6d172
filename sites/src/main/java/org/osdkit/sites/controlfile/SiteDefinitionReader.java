package org.osdkit.sites.controlfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.sites.SiteType;

/**
 * Finds the one {@code SITE_DEFINITION} block and reads it by position: number, site code, site name
 * (documented), then parent, server, domain, type and install folder (osdkit's synthetic layout).
 */
final class SiteDefinitionReader {

    private SiteDefinitionReader() {
    }

    static SiteDefinition read(List<ScfBlock> topLevel, Consumer<ScfProblem> problems) {
        List<ScfBlock> found = new ArrayList<>();
        topLevel.forEach(b -> found.addAll(b.find("SITE_DEFINITION")));
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() > 1) {
            problems.accept(new ScfProblem(found.get(1).beginLine(), "a second SITE_DEFINITION (the first is at line "
                    + found.get(0).beginLine() + "): a site control file describes one site"));
            return null;
        }
        ScfBlock block = found.get(0);
        List<ScfValue> v = block.values();
        if (v.size() < 3) {
            problems.accept(new ScfProblem(block.beginLine(),
                    "SITE_DEFINITION has " + v.size() + " positional values; it needs at least three (<number>, <site code>, <site name>)"));
            return null;
        }
        SiteCode code;
        try {
            code = SiteCode.of(v.get(1).text());
        } catch (OsdkitException e) {
            problems.accept(new ScfProblem(v.get(1).line(), "the site code " + e.getMessage()));
            return null;
        }
        String version = block.property("Full Version").or(() -> block.property("Version")).map(ScfProperty::text).orElse(null);
        return new SiteDefinition(block.beginLine(), v.get(0).text(), code, v.get(2).text(), v.get(2).line(),
                parent(v), text(v, 4), text(v, 5), type(v), text(v, 7), version == null || version.isBlank() ? null : version);
    }

    private static SiteCode parent(List<ScfValue> v) {
        String text = text(v, 3);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SiteCode.of(text);
        } catch (OsdkitException e) {
            return null;
        }
    }

    private static SiteType type(List<ScfValue> v) {
        String text = text(v, 6);
        try {
            return text == null ? null : SiteType.fromCode(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(List<ScfValue> v, int index) {
        return v.size() > index ? v.get(index).text() : null;
    }
}
