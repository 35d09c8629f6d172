package org.osdkit.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountTableTest {

    @TempDir
    Path tmp;

    @Test
    void listsTheMountPointsAtOrBelowATreeWithTheKernelsEscapesUndone() throws IOException {
        Path table = Files.writeString(tmp.resolve("mountinfo"), """
                22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
                45 22 254:0 /exports/mt/a /srv/usmt/SMPSTORE$/S1/mnt rw,relatime - ext4 /dev/vda rw
                46 22 0:50 / /srv/usmt/SMPSTORE$/S2/with\\040space rw - tmpfs tmpfs rw
                47 22 0:51 / /srv/other rw - tmpfs tmpfs rw
                48 22 0:52 / /srv/usmt rw - tmpfs tmpfs rw
                """);
        Set<Path> found = new MountTable(table).within(Path.of("/srv/usmt"));
        assertEquals(Set.of(Path.of("/srv/usmt/SMPSTORE$/S1/mnt"), Path.of("/srv/usmt/SMPSTORE$/S2/with space"), Path.of("/srv/usmt")), found);
    }

    @Test
    void noTableMeansNoMountsToTell() throws IOException {
        assertTrue(new MountTable(tmp.resolve("none")).within(tmp).isEmpty());
    }

    @Test
    void escapesAreThreeOctalDigits() {
        assertEquals("a b\tc\\d", MountTable.unescape("a\\040b\\011c\\134d"));
        assertEquals("plain\\9", MountTable.unescape("plain\\9"));
        assertEquals("/x", MountTable.mountPoint("1 2 3:4 / /x rw - ext4 /dev/x rw"));
        assertEquals(null, MountTable.mountPoint("garbage"));
    }
}
