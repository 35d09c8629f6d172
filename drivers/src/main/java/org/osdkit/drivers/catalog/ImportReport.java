package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;

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

    /**
     * What a what-if import would change, one operation per INF it would import or re-categorise
     * ("Import driver", "Append categories", "Replace categories"); empty when it was not a what-if run.
     */
    public OperationPlan plan() {
        if (!whatIf) {
            return OperationPlan.of();
        }
        return new OperationPlan(infs.stream().map(i -> switch (i.outcome()) {
            case IMPORTED -> PlannedOperation.of("Import driver", i.relativePath());
            case CATEGORIES_APPENDED -> PlannedOperation.of("Append categories", i.relativePath());
            case CATEGORIES_REPLACED -> PlannedOperation.of("Replace categories", i.relativePath());
            case UNCHANGED, REFUSED, IGNORED, FAILED -> null;
        }).filter(Objects::nonNull).toList());
    }

    public long count(ImportOutcome outcome) {
        return infs.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** True when nothing failed; refused INFs (templates, non-drivers) are not failures. */
    public boolean succeeded() {
        return count(ImportOutcome.FAILED) == 0;
    }

    /** True when every INF was imported or already there: none refused, none failed (ignored autorun files do not count). */
    public boolean complete() {
        return succeeded() && count(ImportOutcome.REFUSED) == 0;
    }

    public String summary() {
        return "imported=" + count(ImportOutcome.IMPORTED) + " unchanged=" + count(ImportOutcome.UNCHANGED)
                + " categoriesAppended=" + count(ImportOutcome.CATEGORIES_APPENDED) + " categoriesReplaced=" + count(ImportOutcome.CATEGORIES_REPLACED)
                + " refused=" + count(ImportOutcome.REFUSED) + " failed=" + count(ImportOutcome.FAILED) + " ignored=" + count(ImportOutcome.IGNORED);
    }
}
