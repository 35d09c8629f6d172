package org.osdkit.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfinedPathsTest {

    private final Path root = Path.of("/srv/share/PS100001");

    @Test
    void aRelativePathInsideResolvesWithEitherSeparator() {
        assertEquals(Optional.of(root.resolve("net/e1000.inf")), ConfinedPaths.resolve(root, "net\\e1000.inf"));
        assertEquals(Optional.of(root.resolve("net/e1000.inf")), ConfinedPaths.resolve(root, "./net/x/../e1000.inf"));
    }

    @Test
    void leavingTheRootOrBeingItIsRefused() {
        assertTrue(ConfinedPaths.resolve(root, "..\\PS100002\\x.inf").isEmpty());
        assertTrue(ConfinedPaths.resolve(root, "net/../..").isEmpty());
        assertTrue(ConfinedPaths.resolve(root, "net/..").isEmpty());
        assertTrue(ConfinedPaths.resolve(root, "").isEmpty());
        assertTrue(ConfinedPaths.resolve(root, "/etc/passwd").isEmpty());
    }
}
