package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The result of an import, per INF.
 *
 * @param source  the folder imported
 * @param infs    one entry per INF or INX file, in path order
 * @param whatIf  nothing was changed; IMPORTED means "would be imported"
 * @param elapsed how long it took
 */
public record ImportReport(Path source, List<ImportedInf> infs, boolean whatIf, Duration elapsed) {

    public ImportReport {
        infs = List.copyOf(infs);
    }

    public long count(ImportOutcome outcome) {
        return infs.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** True when nothing failed; refused INFs (templates, non-drivers) are not failures. */
    public boolean succeeded() {
        return count(ImportOutcome.FAILED) == 0;
    }

    public String summary() {
        return "imported=" + count(ImportOutcome.IMPORTED) + " unchanged=" + count(ImportOutcome.UNCHANGED)
                + " categoriesAppended=" + count(ImportOutcome.CATEGORIES_APPENDED) + " categoriesReplaced=" + count(ImportOutcome.CATEGORIES_REPLACED)
                + " refused=" + count(ImportOutcome.REFUSED) + " failed=" + count(ImportOutcome.FAILED);
    }
}
