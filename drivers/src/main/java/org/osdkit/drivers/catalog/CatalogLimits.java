package org.osdkit.drivers.catalog;

import java.util.ArrayList;
import java.util.List;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfFinding;
import org.osdkit.drivers.inf.InfRule;
import org.osdkit.drivers.inf.InfValue;
import org.osdkit.drivers.inf.ManufacturerEntry;
import org.osdkit.drivers.inf.ModelEntry;
import org.osdkit.drivers.inf.ModelsSection;
import org.osdkit.drivers.inf.SourceFile;

/**
 * The longest value the catalog keeps of each INF field, checked before a driver is stored: a value
 * that grew past it through string substitution (a 5 MB [Strings] entry used as Provider) is an INF
 * finding naming the field and line, not a database error. Every limit is below the 4096 characters
 * Windows reads of a field; the numbers are the columns of {@code V1__catalog_packages_and_distribution.sql}.
 */
final class CatalogLimits {

    static final int PROVIDER = 1000;
    static final int CLASS_NAME = 100;
    static final int CLASS_GUID = 100;
    static final int CATALOG_FILE = 260;
    static final int INF_NAME = 260;
    static final int INF_PATH = 1000;
    static final int MANUFACTURER = 1000;
    static final int DECORATION = 200;
    static final int DESCRIPTION = 1000;
    static final int INSTALL_SECTION = 300;
    static final int ID = 1000;
    static final int FILE_PATH = 1000;
    /** Reported values are cut to this many characters in messages. */
    private static final int SHOWN = 40;

    private CatalogLimits() {
    }

    /** One finding per field over its limit; empty for INFs the catalog would refuse anyway (templates, non-drivers). */
    static List<InfFinding> check(InfFile inf, String relativePath) {
        List<InfFinding> out = new ArrayList<>();
        if (!inf.kind().isDriver()) {
            return out;
        }
        Check c = new Check(relativePath, out);
        c.value("[Version] Provider", inf.version().provider(), PROVIDER);
        c.value("[Version] Class", inf.version().className(), CLASS_NAME);
        c.value("[Version] ClassGuid", inf.version().classGuid(), CLASS_GUID);
        inf.version().catalogFiles().values().forEach(v -> c.value("[Version] CatalogFile", v, CATALOG_FILE));
        c.text("The INF's file name", inf.fileName(), 0, INF_NAME);
        c.text("The INF's path", relativePath, 0, INF_PATH);
        for (ManufacturerEntry m : inf.manufacturers()) {
            c.text("The manufacturer", m.name(), m.line(), MANUFACTURER);
            for (ModelsSection s : m.sections()) {
                if (s.decoration() != null) {
                    c.text("The decoration", s.decoration().text(), m.line(), DECORATION);
                }
                for (ModelEntry e : s.entries()) {
                    c.text("The device description", e.description(), e.line(), DESCRIPTION);
                    c.text("The install section name", e.installSection(), e.line(), INSTALL_SECTION);
                    e.ids().forEach(id -> c.text("The hardware or compatible ID", id, e.line(), ID));
                }
            }
        }
        for (SourceFile f : inf.sourceFiles()) {
            c.text("The source file path", f.relativePath(), f.line(), FILE_PATH);
        }
        return out;
    }

    private record Check(String source, List<InfFinding> out) {

        void value(String field, InfValue value, int max) {
            if (value != null) {
                text(field, value.text(), value.line(), max);
            }
        }

        void text(String field, String text, int line, int max) {
            if (text.length() <= max) {
                return;
            }
            String head = text.substring(0, SHOWN).replaceAll("\\p{Cntrl}", " ");
            out.add(new InfFinding(InfRule.VALUE_TOO_LONG, source, line, field + (line > 0 ? " on line " + line : "") + " (\"" + head + "...\") is "
                    + text.length() + " characters after string substitution; the catalog keeps at most " + max + " (Windows reads at most 4095), so the driver is refused."));
        }
    }
}
