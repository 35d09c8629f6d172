package org.osdkit.drivers.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.files.ConfinedDeletion;
import org.osdkit.core.files.ConfinedPaths;
import org.osdkit.core.files.DeletionResult;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverErrors;
import org.osdkit.drivers.catalog.DriverFile;
import org.osdkit.drivers.catalog.FileHasher;
import org.osdkit.drivers.packages.DriverPackage;
import org.osdkit.drivers.packages.DriverPackageStore;
import org.osdkit.drivers.packages.PackageManifest;

/**
 * Sends a driver package's content to distribution points: copies it into {@code <share>\<PackageID>}
 * through a staging folder, verifies every file by hash and only then marks the DP Distributed. A
 * copy that fails is DistributionFailed; one that is interrupted stays DistributionPending (or
 * ContentUpdating), never Distributed, and the next run resumes from the files already verified.
 * The PXE boot-image share SMSPXEIMAGE$ is refused.
 */
public final class DistributePackage {

    static final String STAGING = ".osdkit-staging";
    static final String OLD = ".osdkit-old";
    private static final ConfinedDeletion DELETION = ConfinedDeletion.nio();

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
            results.add(toPoint(p, dp, source, files, listener));
        }
        return results;
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

    private DistributionResult toPoint(DriverPackage p, DistributionPoint dp, Path source, List<DriverFile> files, DistributionListener listener) {
        Optional<DistributionStatus> previous = store.status(Optional.of(p.id())).stream().filter(s -> s.dpName().equals(dp.name())).findFirst();
        boolean update = previous.map(s -> s.state() == DistributionState.DISTRIBUTED && s.sourceVersion() != p.sourceVersion()).orElse(false);
        DistributionState inProgress = update ? DistributionState.CONTENT_UPDATING : DistributionState.DISTRIBUTION_PENDING;
        setStatus(p, dp, inProgress, "copying " + files.size() + " files");
        String target = p.id() + " -> " + dp.name();
        try {
            int[] counts = copy(p, dp, source, files, listener);
            setStatus(p, dp, DistributionState.DISTRIBUTED, "verified " + files.size() + " files by SHA-256");
            audit.record("drivers.distribute", target, previous.map(s -> s.state() + " v" + s.sourceVersion()).orElse(null),
                    "Distributed v" + p.sourceVersion() + " to " + dp.share(), "ok");
            return new DistributionResult(dp.name(), DistributionState.DISTRIBUTED, p.sourceVersion(), counts[0], counts[1], null);
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

    /** Copies into the staging folder (keeping what is already there and verified), then swaps it in. */
    private static int[] copy(DriverPackage p, DistributionPoint dp, Path source, List<DriverFile> files, DistributionListener listener) throws IOException {
        Path share = dp.share().toPath();
        if (!Files.isDirectory(share)) {
            throw new OsdkitException(DriverErrors.SHARE_NOT_FOUND, "The content share " + dp.share() + " of " + dp.name() + " does not exist or cannot be reached.");
        }
        Path staging = inside(share, p.id() + STAGING);
        Path target = inside(share, p.id().value());
        Path old = inside(share, p.id() + OLD);
        delete(share, old);
        int copied = 0;
        int reused = 0;
        for (DriverFile f : files) {
            Path from = inside(source, f.relativePath());
            Path to = inside(staging, f.relativePath());
            if (matches(to, f)) {
                reused++;
            } else {
                Files.createDirectories(to.getParent());
                copyVerified(from, to, f);
                copied++;
            }
            listener.fileDone(dp.name(), f.relativePath(), f.size());
        }
        removeStrays(staging, files);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        delete(share, old);
        return new int[] {copied, reused};
    }

    /** {@code relative} under {@code root}; {@code DRV-PATH-OUTSIDE-ROOT} when it leaves it. */
    private static Path inside(Path root, String relative) {
        return ConfinedPaths.resolve(root, relative).orElseThrow(() -> DriverErrors.outsideRoot(root, relative));
    }

    /** Deletes {@code target} inside {@code root} (core's confined deletion); what is left fails the distribution with the reason. */
    private static void delete(Path root, Path target) throws IOException {
        DeletionResult result = DELETION.delete(root, target);
        if (!result.gone()) {
            throw new IOException(result.reason());
        }
    }

    private static boolean matches(Path file, DriverFile expected) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == expected.size() && FileHasher.hash(file).sha256().equals(expected.sha256());
    }

    private static void copyVerified(Path from, Path to, DriverFile expected) throws IOException {
        MessageDigest sha = FileHasher.sha256();
        Path partial = to.resolveSibling(to.getFileName() + ".part");
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(expected.sha256())) {
            Files.deleteIfExists(partial);
            throw new OsdkitException(DriverErrors.SOURCE_CHANGED, from + " no longer matches the package manifest.",
                    "Rebuild the package with 'osdkit drivers package update' before distributing it.");
        }
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (!matches(to, expected)) {
            throw new IOException("the copy of " + expected.relativePath() + " on the distribution point does not match its SHA-256");
        }
    }

    /** Files left in staging by an older version of the package must not be distributed. */
    private static void removeStrays(Path staging, List<DriverFile> files) throws IOException {
        Set<Path> wanted = new java.util.HashSet<>();
        for (DriverFile f : files) {
            wanted.add(inside(staging, f.relativePath()));
        }
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (Stream<Path> all = Files.walk(staging)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!wanted.contains(p)) {
                    delete(staging, p);
                }
            }
        }
    }
}
