package org.osdkit.drivers.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.progress.Progress;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * Sends a driver package's content to distribution points, all or nothing per DP: the new version is
 * copied into a staging folder beside {@code <share>\<PackageID>}, every file verified by SHA-256, then
 * switched in by renames, and only then is the DP marked Distributed. The content folder holds either the
 * previous complete version or the new one, never a mix, also when the process is killed (see
 * {@link DpContent}). A copy that fails is DistributionFailed; one that is interrupted stays
 * DistributionPending (or ContentUpdating), never Distributed, and the next run resumes from the files
 * already verified. The PXE boot-image share SMSPXEIMAGE$ is refused.
 */
public final class DistributePackage {

    static final String STAGING = DpContent.STAGING;
    static final String OLD = DpContent.OLD;

    private final DriverPackageStore packages;
    private final DistributionStore store;
    private final AuditTrail audit;

    public DistributePackage(DriverPackageStore packages, DistributionStore store, AuditTrail audit) {
        this.packages = packages;
        this.store = store;
        this.audit = audit;
    }

    /**
     * Sends the package to the named points and every member of the named groups, asking {@code gate}
     * once per distribution point before copying anything to it. The points the gate declines (all of
     * them for a what-if run, whose {@link org.osdkit.core.whatif.WhatIfRecorder} then holds the plan) are
     * left out of the results.
     */
    public List<DistributionResult> distribute(PackageId id, List<String> dpNames, List<String> groupNames, ShouldProcess gate, DistributionListener listener) {
        return distribute(id, dpNames, groupNames, gate, listener, Progress.NONE);
    }

    /**
     * As above, also telling {@code progress} the bytes done of each point's copy (one task per point,
     * the package's size as its total: files already in place count as done when they are checked).
     */
    public List<DistributionResult> distribute(PackageId id, List<String> dpNames, List<String> groupNames, ShouldProcess gate,
                                                DistributionListener listener, Progress progress) {
        for (String name : Stream.concat(dpNames.stream(), groupNames.stream()).toList()) {
            if (name.toUpperCase(Locale.ROOT).contains(DistributionPoint.PXE_SHARE)) {
                audit.record("drivers.distribute", id.value() + " -> " + name, null, null, "refused: SMSPXEIMAGE$");
                throw DistributionPoint.pxeRefused(name);
            }
        }
        DriverPackage p = packages.require(id);
        List<DistributionPoint> targets = targets(dpNames, groupNames);
        Path source = p.source().toPath();
        List<DriverFile> files;
        try {
            files = PackageManifest.files(source);
        } catch (IOException e) {
            throw new OsdkitException(DriverErrors.DISTRIBUTION_FAILED, "The content of " + id + " at " + p.source() + " cannot be read: " + e.getMessage() + ".",
                    "Rebuild it with 'osdkit drivers package update " + id + "'.", e);
        }
        List<DistributionResult> results = new ArrayList<>();
        for (DistributionPoint dp : targets) {
            if (!gate.shouldProcess(PlannedOperation.of("Distribute " + files.size() + " files of " + id + " (SourceVersion " + p.sourceVersion() + ")",
                    dp.share() + "\\" + id))) {
                continue;
            }
            results.add(toPoint(p, dp, source, files, withProgress(listener, progress, "Distributing " + id + " to " + dp.name(), files)));
        }
        return results;
    }

    /**
     * Brings distribution points up to date with the package's current SourceVersion: the named ones, or
     * (none named) every point that has the package but not its current version complete (behind, failed,
     * pending). Built on {@link #distribute}: the same all-or-nothing switch, and only the files that
     * changed are copied from the source, the rest taken from the version the DP already holds. Empty when
     * every point is up to date.
     */
    public List<DistributionResult> redistribute(PackageId id, List<String> dpNames, ShouldProcess gate, DistributionListener listener) {
        return redistribute(id, dpNames, gate, listener, Progress.NONE);
    }

    /** As above, with each point's progress as {@link #distribute(PackageId, List, List, ShouldProcess, DistributionListener, Progress)} tells it. */
    public List<DistributionResult> redistribute(PackageId id, List<String> dpNames, ShouldProcess gate, DistributionListener listener, Progress progress) {
        DriverPackage p = packages.require(id);
        List<String> names = dpNames;
        if (names.isEmpty()) {
            List<DistributionStatus> rows = store.status(Optional.of(id));
            if (rows.isEmpty()) {
                throw new OsdkitException(DriverErrors.DP_INVALID, id + " is on no distribution point yet: there is nothing to redistribute.",
                        "Send it first with 'osdkit drivers distribute --package " + id + " --dp <fqdn>'.");
            }
            names = rows.stream().filter(s -> s.state() != DistributionState.DISTRIBUTED || s.sourceVersion() != p.sourceVersion())
                    .map(DistributionStatus::dpName).toList();
            if (names.isEmpty()) {
                return List.of();
            }
        }
        return distribute(id, names, List.of(), gate, listener, progress);
    }

    /** The listener, plus the point's bytes done so far for {@code progress}, starting at 0 of the package's size. */
    private static DistributionListener withProgress(DistributionListener listener, Progress progress, String task, List<DriverFile> files) {
        if (progress == Progress.NONE) {
            return listener;
        }
        long total = files.stream().mapToLong(DriverFile::size).sum();
        progress.update(task, 0, total);
        long[] done = {0};
        return (dp, file, bytes) -> {
            listener.fileDone(dp, file, bytes);
            done[0] = Math.min(total, done[0] + bytes);
            progress.update(task, done[0], total);
        };
    }

    private List<DistributionPoint> targets(List<String> dpNames, List<String> groupNames) {
        Set<String> names = new LinkedHashSet<>();
        dpNames.forEach(n -> names.add(n.strip().toLowerCase(Locale.ROOT)));
        for (String g : groupNames) {
            names.addAll(store.group(g).orElseThrow(() -> new OsdkitException(DriverErrors.DP_GROUP_NOT_FOUND, "There is no distribution point group " + g + "."))
                    .members());
        }
        if (names.isEmpty()) {
            throw new OsdkitException(DriverErrors.DP_INVALID, "Name at least one distribution point or distribution point group to send the package to.");
        }
        List<DistributionPoint> out = new ArrayList<>();
        for (String n : names) {
            out.add(store.point(n).orElseThrow(() -> new OsdkitException(DriverErrors.DP_NOT_FOUND, "There is no distribution point " + n + ".",
                    "Register it with 'osdkit drivers dp add --name " + n + " --site <code> --share <folder>'.")));
        }
        return out;
    }

    /**
     * One DP: repair what a killed run left, then either find the version already in place (killed after
     * its switch) or stage, verify and switch; the DB says Distributed only after the switch, in one write.
     */
    private DistributionResult toPoint(DriverPackage p, DistributionPoint dp, Path source, List<DriverFile> files, DistributionListener listener) {
        Optional<DistributionStatus> previous = store.status(Optional.of(p.id())).stream().filter(s -> s.dpName().equals(dp.name())).findFirst();
        String target = p.id() + " -> " + dp.name();
        try {
            Path share = dp.share().toPath();
            if (!Files.isDirectory(share)) {
                throw new OsdkitException(DriverErrors.SHARE_NOT_FOUND, "The content share " + dp.share() + " of " + dp.name() + " does not exist or cannot be reached.");
            }
            DpContent content = new DpContent(share, p.id());
            content.recover();
            int copied = 0;
            int reused = files.size();
            String leftover;
            if (content.holds(files)) {
                leftover = content.dropStaging();
            } else {
                // ContentUpdating while the DP holds an older version, which it keeps serving until the switch.
                setStatus(p, dp, content.present() ? DistributionState.CONTENT_UPDATING : DistributionState.DISTRIBUTION_PENDING,
                        "copying " + files.size() + " files");
                int[] counts = content.stage(source, files, dp.name(), listener);
                copied = counts[0];
                reused = counts[1];
                leftover = content.switchToStaged();
            }
            String message = "verified " + files.size() + " files by SHA-256" + (leftover == null ? "" : "; left beside the content: " + leftover);
            setStatus(p, dp, DistributionState.DISTRIBUTED, message);
            audit.record("drivers.distribute", target, previous.map(s -> s.state() + " v" + s.sourceVersion()).orElse(null),
                    "Distributed v" + p.sourceVersion() + " to " + dp.share(), leftover == null ? "ok" : "ok: " + leftover);
            return new DistributionResult(dp.name(), DistributionState.DISTRIBUTED, p.sourceVersion(), copied, reused, leftover);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof OsdkitException oe ? oe.describe() : e.getClass().getSimpleName() + ": " + e.getMessage();
            setStatus(p, dp, DistributionState.DISTRIBUTION_FAILED, why);
            audit.record("drivers.distribute", target, previous.map(s -> s.state().word()).orElse(null), "DistributionFailed", "failed: " + why);
            return new DistributionResult(dp.name(), DistributionState.DISTRIBUTION_FAILED, p.sourceVersion(), 0, 0, why);
        }
    }

    private void setStatus(DriverPackage p, DistributionPoint dp, DistributionState state, String message) {
        store.setStatus(new DistributionStatus(p.id(), dp.name(), state, p.sourceVersion(), audit.clock().instant(), message));
    }
}
