package org.osdkit.statemigration.associations;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.osdkit.core.Actor;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;

/** Imports an association export (CSV or JSON) into osdkit's store; bad records are reported and skipped. */
public final class ImportAssociations {

    private final AssociationRepository associations;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;

    public ImportAssociations(AssociationRepository associations, AuditJournal audit, Clock clock, Actor actor) {
        this.associations = associations;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /** Reads {@code export} (dates without offset taken in {@code zone}) and saves what it holds. */
    public ImportSummary importFile(Path export, ZoneId zone) {
        ImportResult result = AssociationExport.read(export, zone);
        int added = associations.save(result.associations());
        int read = result.associations().size();
        ImportSummary summary = new ImportSummary(export, read, added, read - added, result.problems());
        audit.record(new AuditEntry(clock.instant(), actor.toString(), "smp.associations.import", export.toString(), null,
                "read=" + read + " added=" + added + " updated=" + (read - added) + " skipped=" + result.problems().size(),
                result.problems().isEmpty() ? "ok" : "ok with " + result.problems().size() + " skipped records"));
        return summary;
    }
}
