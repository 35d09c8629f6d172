package org.osdkit.cli.smp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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

    /** Puts {@code copy} back: whatever was committed since it was taken is lost. */
    void loseCommitsSince(Path copy) throws IOException {
        Files.copy(copy, databaseFile, StandardCopyOption.REPLACE_EXISTING);
    }
}
