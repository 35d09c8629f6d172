package org.osdkit.cli.smp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.osdkit.core.testing.ChildJvm;
import org.osdkit.core.workspace.Workspace;

/**
 * A workspace configured with a generated SMP, and the lost-commit technique of the tests that need
 * one: copy the workspace's H2 file, let a process commit, put the copy back, so every commit in
 * between is lost as a kill -9 on H2 can lose a process's last ones (deterministically, on a real file).
 */
record LostCommitEstate(GeneratedSmp smp, Path workspace, List<String> target, Path databaseFile) {

    static LostCommitEstate create(Path tmp, int expiredStores, int keptStores, long seed) throws IOException {
        GeneratedSmp smp = new GeneratedSmp(tmp, expiredStores, keptStores, seed);
        Path ws = tmp.resolve("ws");
        List<String> target = List.of("--workspace", ws.toString());
        smp.configure(target, tmp.resolve("assoc.csv"));
        return new LostCommitEstate(smp, ws, target, Workspace.open(ws).databaseFolder().resolve("osdkit.mv.db"));
    }

    /** The database file as it is now, copied to {@code copy}. */
    Path copyDatabase(Path copy) throws IOException {
        return Files.copy(databaseFile, copy);
    }

    /**
     * Runs {@code osdkit <args>} on the workspace in a child JVM that must end with exit 0 (the intents of a
     * live process are never reconciled), then loses every commit it made; {@code name} names its files.
     */
    void runAndLoseItsCommits(Path tmp, String name, String... args) throws IOException, InterruptedException {
        Path before = copyDatabase(tmp.resolve("before-" + name + ".mv.db"));
        List<String> line = new java.util.ArrayList<>(target);
        line.addAll(List.of(args));
        ChildJvm run = ChildJvm.osdkit(line).start(tmp.resolve(name + ".out"));
        assertEquals(0, run.exitCode(180), run.output());
        loseCommitsSince(before);
    }

    /** The UNC path of one of the generated SMP's store folders, as an admin names it in a hold. */
    static String unc(Path store) {
        return "\\\\" + GeneratedSmp.SERVER + "\\" + GeneratedSmp.SHARE + "\\" + store.getFileName();
    }

    /** Puts {@code copy} back: whatever was committed since it was taken is lost. */
    void loseCommitsSince(Path copy) throws IOException {
        Files.copy(copy, databaseFile, StandardCopyOption.REPLACE_EXISTING);
    }
}
