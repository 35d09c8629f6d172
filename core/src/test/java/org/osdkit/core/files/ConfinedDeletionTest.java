package org.osdkit.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osdkit.core.files.Trees.exists;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.core.testing.FakedFileSystem;

/** Real folders and links on this machine: what is inside the root goes, nothing outside it is touched. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ConfinedDeletionTest {

    @TempDir
    Path tmp;
    Path root;
    Path outside;
    Path precious;

    @BeforeEach
    void setUp() throws IOException {
        tmp = tmp.toRealPath();
        root = Files.createDirectories(tmp.resolve("store-root"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createDirectories(outside.resolve("sub"));
        Files.writeString(outside.resolve("sub").resolve("also.txt"), "keep me too");
    }

    private void assertOutsideIntact() {
        assertTrue(Files.exists(precious));
        assertTrue(Files.exists(outside.resolve("sub").resolve("also.txt")));
    }

    @Test
    void deletesATreeAndCountsItsFilesFoldersAndBytes() throws IOException {
        Path store = Trees.store(root.resolve("S1"), 100);
        DeletionResult result = ConfinedDeletion.nio().delete(root, store);
        assertEquals(DeletionOutcome.DELETED, result.outcome(), result.reason());
        assertEquals(2, result.files());
        assertEquals(3, result.directories());
        assertEquals(110, result.bytes());
        assertTrue(result.problems().isEmpty());
        assertFalse(exists(store));
        assertTrue(Files.isDirectory(root), "the root stays");
    }

    @Test
    void aSingleFileInsideTheRootIsDeleted() throws IOException {
        Path file = Files.write(root.resolve("old.zip"), new byte[42]);
        DeletionResult result = ConfinedDeletion.nio().delete(root, file);
        assertEquals(DeletionOutcome.DELETED, result.outcome());
        assertEquals(1, result.files());
        assertEquals(42, result.bytes());
        assertFalse(exists(file));
    }

    @Test
    void linksInsideAreRemovedAsLinksAndTheirTargetsStay() throws IOException {
        Path store = Trees.store(root.resolve("S1"), 10);
        Files.createSymbolicLink(store.resolve("USMT").resolve("file-link"), precious);
        Files.createSymbolicLink(store.resolve("dir-link"), outside);
        Files.createSymbolicLink(store.resolve("USMT").resolve("dangling"), tmp.resolve("nothing-here"));

        DeletionResult result = ConfinedDeletion.nio().delete(root, store);

        assertEquals(DeletionOutcome.DELETED, result.outcome(), result.reason());
        assertEquals(20, result.bytes(), "link targets are neither deleted nor counted");
        assertEquals(5, result.files(), "two files and three links");
        assertFalse(exists(store));
        assertOutsideIntact();
    }

    @Test
    void aTargetThatIsALinkIsRefusedAndKept() throws IOException {
        Path link = Files.createSymbolicLink(root.resolve("LINKED"), outside);
        DeletionResult result = ConfinedDeletion.nio().delete(root, link);
        assertEquals(DeletionOutcome.REFUSED, result.outcome());
        assertTrue(result.reason().contains("symbolic link"), result.reason());
        assertTrue(exists(link));
        assertOutsideIntact();
    }

    @Test
    void aTextPathInsideThatALinkLeadsOutOfIsRefused() throws IOException {
        Files.createDirectories(outside.resolve("STORE"));
        Files.writeString(outside.resolve("STORE").resolve("USMT.MIG"), "data");
        Path share = Files.createSymbolicLink(root.resolve("LINKSHARE$"), outside);
        DeletionResult result = ConfinedDeletion.nio().delete(root, share.resolve("STORE"));
        assertEquals(DeletionOutcome.REFUSED, result.outcome());
        assertTrue(result.reason().contains("resolves to " + outside.resolve("STORE")) && result.reason().contains("outside the root folder " + root),
                result.reason());
        assertTrue(Files.exists(outside.resolve("STORE").resolve("USMT.MIG")));
    }

    @Test
    void aLinkToAFolderInsideIsRemovedAndThatFolderStays() throws IOException {
        Path kept = Trees.store(root.resolve("KEPT"), 5);
        Path store = Trees.store(root.resolve("S1"), 5);
        Files.createSymbolicLink(store.resolve("to-kept"), kept);

        DeletionResult result = ConfinedDeletion.nio().delete(root, store);

        assertEquals(DeletionOutcome.DELETED, result.outcome(), result.reason());
        assertFalse(exists(store));
        assertTrue(Files.exists(kept.resolve("USMT").resolve("USMT.MIG")), "what the link pointed to is another folder, kept");
    }

    @Test
    void aPathThroughALinkToAFolderInsideDeletesTheRealFolder() throws IOException {
        Path real = Trees.store(root.resolve("REAL"), 5);
        Path alias = Files.createSymbolicLink(root.resolve("ALIAS"), real);

        DeletionResult result = ConfinedDeletion.nio().delete(root, alias.resolve("USMT"));

        assertEquals(DeletionOutcome.DELETED, result.outcome(), result.reason());
        assertFalse(exists(real.resolve("USMT")), "containment is by real path, which is inside the root");
        assertTrue(exists(alias), "the link on the way is not touched");
    }

    @Test
    void dotDotSpellingsAreJudgedByWhereTheyLead() throws IOException {
        Trees.store(root.resolve("S1"), 5);
        ConfinedDeletion deletion = ConfinedDeletion.nio();

        DeletionResult escaping = deletion.delete(root, root.resolve("S1/../../outside"));
        assertEquals(DeletionOutcome.REFUSED, escaping.outcome());
        assertTrue(escaping.reason().contains("outside the root folder"), escaping.reason());

        DeletionResult theRoot = deletion.delete(root, root.resolve("S1/.."));
        assertEquals(DeletionOutcome.REFUSED, theRoot.outcome());
        assertTrue(theRoot.reason().contains("is a root folder itself"), theRoot.reason());

        DeletionResult inside = deletion.delete(root, root.resolve("./S1/USMT/../USMT"));
        assertEquals(DeletionOutcome.DELETED, inside.outcome(), inside.reason());
        assertFalse(exists(root.resolve("S1").resolve("USMT")));
        assertTrue(Files.isDirectory(root.resolve("S1")));
        assertOutsideIntact();
    }

    @Test
    void theRootItselfIsRefusedHoweverItIsSpelled() throws IOException {
        Trees.store(root.resolve("S1"), 5);
        for (Path spelling : List.of(root, root.resolve("."), root.resolve("S1").resolve(".."), tmp.resolve("outside/../store-root"))) {
            DeletionResult result = ConfinedDeletion.nio().delete(root, spelling);
            assertEquals(DeletionOutcome.REFUSED, result.outcome(), spelling.toString());
        }
        assertTrue(Files.exists(root.resolve("S1").resolve("USMT").resolve("USMT.MIG")));
    }

    @Test
    void aTargetOutsideTheRootIsRefused() {
        DeletionResult result = ConfinedDeletion.nio().delete(root, outside);
        assertEquals(DeletionOutcome.REFUSED, result.outcome());
        assertEquals(0, result.files());
        assertOutsideIntact();
    }

    @Test
    void aRootThatIsALinkIsJudgedByItsRealPath() throws IOException {
        Path rootAlias = Files.createSymbolicLink(tmp.resolve("root-alias"), root);
        Path store = Trees.store(root.resolve("S1"), 5);
        assertEquals(DeletionOutcome.DELETED, ConfinedDeletion.nio().delete(rootAlias, store).outcome());
        assertEquals(DeletionOutcome.REFUSED, ConfinedDeletion.nio().delete(rootAlias, root).outcome());
    }

    @Test
    void aMissingTargetIsAbsentAndNothingHappens() {
        DeletionResult result = ConfinedDeletion.nio().delete(root, root.resolve("NOT-THERE"));
        assertEquals(DeletionOutcome.ABSENT, result.outcome());
        assertTrue(result.gone());
        assertEquals(null, result.reason());
    }

    @Test
    void withSeveralRootsTheTargetMayBeInAnyButIsNeverOneOfThem() throws IOException {
        Path second = Files.createDirectories(tmp.resolve("second-root"));
        Path store = Trees.store(second.resolve("S2"), 5);
        ConfinedDeletion deletion = ConfinedDeletion.nio();
        assertEquals(DeletionOutcome.REFUSED, deletion.delete(List.of(root, second), second).outcome());
        assertEquals(DeletionOutcome.REFUSED, deletion.delete(List.of(root, second), outside).outcome());
        assertTrue(deletion.delete(List.of(root, second), outside).reason().contains("outside every root folder"));
        assertEquals(DeletionOutcome.DELETED, deletion.delete(List.of(root.resolve("unreachable"), second), store).outcome());
    }

    @Test
    void oneFailureDoesNotStopTheRestAndNamesThePath() throws IOException {
        Path store = Trees.store(root.resolve("S1"), 100);
        Path locked = store.resolve("USMT").resolve("USMT.MIG");
        FakedFileSystem fs = new FakedFileSystem().failDeleting(locked, new AccessDeniedException(locked.toString()));

        DeletionResult result = new ConfinedDeletion(fs).delete(root, store);

        assertEquals(DeletionOutcome.FAILED, result.outcome());
        assertEquals("access denied: " + locked, result.reason());
        assertEquals(1, result.problems().size(), "the folders left holding it are no further problems");
        assertTrue(Files.exists(locked));
        assertFalse(exists(store.resolve("USMT").resolve("sub")), "its sibling folder was still deleted");
        assertEquals(10, result.bytes());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aPathTooLongIsAFailureOfThatTargetWithTheReason() throws Exception {
        Path store = Trees.store(root.resolve("DEEP"), 1);
        // Built with relative mkdir/cd so each call stays short; the absolute path exceeds Linux's PATH_MAX (4096).
        String name = "d".repeat(200);
        Process p = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 1 25); do mkdir " + name + " && cd " + name + "; done && echo x > f",
                "bash", store.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        try {
            DeletionResult result = ConfinedDeletion.nio().delete(root, store);
            assertEquals(DeletionOutcome.FAILED, result.outcome());
            assertTrue(result.reason().contains("too long"), result.reason());
        } finally {
            assertEquals(0, new ProcessBuilder("rm", "-rf", store.toString()).inheritIO().start().waitFor());
        }
    }
}
