package org.osdkit.sites.hierarchy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.sites.SiteErrors;

/**
 * Reads a hierarchy (folder of site control files or YAML/JSON) and, when it breaks no rule, stores
 * it as the inventory that {@code sites list|tree|show} read, replacing the previous one.
 */
public final class ImportHierarchy {

    /** The audit action of an import. */
    public static final String ACTION = "sites.hierarchy.import";

    private final SiteInventory inventory;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;

    /** An import that stores into {@code inventory} and writes audit entries as {@code actor}. */
    public ImportHierarchy(SiteInventory inventory, AuditJournal audit, Clock clock, Actor actor) {
        this.inventory = inventory;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /** The one operation an import performs, for a front-end's what-if line and its confirmation question. */
    public static PlannedOperation operation(Path source) {
        return PlannedOperation.of("Import site hierarchy", source.toString());
    }

    /** Returns the hierarchy read; stores it unless {@code whatIf}; fails with {@link SiteErrors#HIERARCHY_INVALID} on any error. */
    public SiteHierarchy run(Path source, boolean whatIf) {
        SiteHierarchy hierarchy = ReadHierarchy.from(source);
        if (hierarchy.hasErrors()) {
            String errors = hierarchy.problems().stream().filter(HierarchyProblem::error).limit(5).map(HierarchyProblem::message)
                    .collect(Collectors.joining("; "));
            if (!whatIf) {
                audit.record(new AuditEntry(clock.instant(), actor.toString(), ACTION, source.toString(), null, null, "refused: [" + SiteErrors.HIERARCHY_INVALID.id() + "] " + errors));
            }
            throw new OsdkitException(SiteErrors.HIERARCHY_INVALID, source + " breaks the hierarchy rules: " + errors + ".",
                    "Fix these sites and import again; nothing was stored.");
        }
        if (!whatIf) {
            inventory.replaceAll(hierarchy.sites(), clock.instant());
            audit.record(new AuditEntry(clock.instant(), actor.toString(), ACTION, source.toString(), null, hierarchy.sites().size() + " sites", "ok"));
        }
        return hierarchy;
    }
}
