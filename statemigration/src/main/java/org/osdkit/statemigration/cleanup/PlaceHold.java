package org.osdkit.statemigration.cleanup;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.osdkit.core.Actor;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.audit.AuditEntry;
import org.osdkit.core.audit.AuditJournal;
import org.osdkit.statemigration.SmpErrors;
import org.osdkit.statemigration.associations.AssociationRepository;
import org.osdkit.statemigration.associations.ComputerAssociation;
import org.osdkit.statemigration.inventory.InventoryEntry;
import org.osdkit.statemigration.inventory.ReconcileSmp;
import org.osdkit.statemigration.inventory.Reconciliation;
import org.osdkit.statemigration.inventory.StoreFolder;
import org.osdkit.statemigration.inventory.StoreLocation;
import org.osdkit.statemigration.settings.FindSmp;
import org.osdkit.statemigration.settings.SettingsRepository;
import org.osdkit.statemigration.settings.SmpSettings;

/**
 * Places an admin's hold, resolved first to what it covers: a store path is located on the SMP exactly
 * as the planner locates the associations' store paths ({@link StoreLocation}) and matched against the
 * associations and the store folders found there; a MigrationID or a computer name against the imported
 * associations. A target that matches nothing is refused and nothing is stored: a hold that held nothing
 * would let the next cleanup delete what the admin believes is safe. Audited.
 */
public final class PlaceHold {

    private final HoldRepository holds;
    private final AssociationRepository associations;
    private final SettingsRepository settings;
    private final ReconcileSmp reconcile;
    private final AuditJournal audit;
    private final Clock clock;
    private final Actor actor;

    public PlaceHold(HoldRepository holds, AssociationRepository associations, SettingsRepository settings, ReconcileSmp reconcile,
                     AuditJournal audit, Clock clock, Actor actor) {
        this.holds = holds;
        this.associations = associations;
        this.settings = settings;
        this.reconcile = reconcile;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    /**
     * Places a hold on {@code target} with {@code reason}, replacing one on the same target (or on the
     * same store of the same SMP), and returns it with what it covers.
     *
     * @param server the SMP a store path is resolved on; {@code null} for every configured one
     * @throws OsdkitException {@link SmpErrors#HOLD_MATCHES_NOTHING} when the target matches no association and no
     *                         store folder; {@link SmpErrors#SMP_AMBIGUOUS} when a store path names a store on
     *                         several SMPs and {@code server} does not say which
     */
    public Hold place(String target, String reason, String server) {
        if (target == null || target.isBlank()) {
            throw new OsdkitException(SmpErrors.HOLD_MATCHES_NOTHING, "A hold needs a target.",
                    "Name a store path as 'osdkit smp plan --all' prints it, a MigrationID or a source or restore computer name.");
        }
        String t = target.strip();
        Hold hold = StoreLocation.isPath(t) ? byStorePath(t, reason, smps(server)) : byName(t, reason);
        holds.add(hold);
        audit.record(new AuditEntry(hold.placed(), actor.toString(), "smp.hold.place", hold.target(), null,
                "held: " + (reason == null ? "" : reason) + "; covers " + hold.covered().stream()
                        .map(c -> c.associationKey() == null ? c.storePath() : c.associationKey()).collect(Collectors.joining(", ")), "ok"));
        return hold;
    }

    private List<SmpSettings> smps(String server) {
        return server == null ? settings.all() : List.of(new FindSmp(settings).find(server));
    }

    private Hold byStorePath(String target, String reason, List<SmpSettings> smps) {
        List<String> misses = new ArrayList<>();
        Hold found = null;
        for (SmpSettings s : smps) {
            StoreLocation at = StoreLocation.of(target, s);
            if (at.where() != StoreLocation.Where.THIS_SMP) {
                misses.add(s.server() + ": " + (at.where() == StoreLocation.Where.OTHER_SMP
                        ? "the path names another server" : "the path is no store folder below its storage folders " + folders(s)));
                continue;
            }
            List<CoveredStore> covered = covered(reconcile.reconcile(s), at.key());
            if (covered.isEmpty()) {
                misses.add(s.server() + ": no association and no store folder is at " + at.key() + " below " + folders(s));
            } else if (found != null) {
                throw new OsdkitException(SmpErrors.SMP_AMBIGUOUS, "\"" + target + "\" names a store on both " + found.server() + " and "
                        + s.server() + ".", "Say which SMP with --smp <server>.");
            } else {
                found = new Hold(target, reason, actor, clock.instant(), s.server(), at.key(), covered);
            }
        }
        if (found == null) {
            throw new OsdkitException(SmpErrors.HOLD_MATCHES_NOTHING, "\"" + target + "\" matches no store; nothing is held ("
                    + (smps.isEmpty() ? "no State Migration Point is configured" : String.join("; ", misses)) + ").",
                    "Use the store path as 'osdkit smp plan --all' prints it or as the association's StorePath, a MigrationID or a computer name.");
        }
        return found;
    }

    /** The associations whose store is at {@code key}, and the store folder there when no association names it. */
    private static List<CoveredStore> covered(Reconciliation r, String key) {
        List<CoveredStore> covered = new ArrayList<>();
        for (InventoryEntry e : r.entries()) {
            if (key.equals(e.location().key())) {
                ComputerAssociation a = e.association();
                covered.add(new CoveredStore(a.key(), a.displayName(), e.store() == null ? a.storePath() : e.store().path().toString()));
            }
        }
        for (StoreFolder o : r.orphans()) {
            if (key.equals(o.key())) {
                covered.add(new CoveredStore(null, null, o.path().toString()));
            }
        }
        return covered;
    }

    private Hold byName(String target, String reason) {
        String name = target.toLowerCase(Locale.ROOT);
        int dot = name.indexOf('.');
        String shortName = dot > 0 ? name.substring(0, dot) : name;
        List<CoveredStore> covered = new ArrayList<>();
        for (ComputerAssociation a : associations.all()) {
            if (is(a.migrationId(), name) || is(a.sourceName(), name) || is(a.restoreName(), name)
                    || is(a.sourceName(), shortName) || is(a.restoreName(), shortName)) {
                covered.add(new CoveredStore(a.key(), a.displayName(), a.storePath()));
            }
        }
        if (covered.isEmpty()) {
            throw new OsdkitException(SmpErrors.HOLD_MATCHES_NOTHING, "\"" + target
                    + "\" is no MigrationID and no source or restore computer name of any imported association; nothing is held.",
                    "Import the associations first ('osdkit smp import'), or name the store path as 'osdkit smp plan --all' prints it.");
        }
        return new Hold(target, reason, actor, clock.instant(), null, null, covered);
    }

    private static boolean is(String value, String lowerName) {
        return value != null && value.toLowerCase(Locale.ROOT).equals(lowerName);
    }

    private static String folders(SmpSettings s) {
        return s.folders().stream().map(f -> f.directory().equals(f.accessPath().toString()) ? f.directory() : f.directory() + " (" + f.accessPath() + ")")
                .collect(Collectors.joining(", "));
    }
}
