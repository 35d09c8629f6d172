package org.osdkit.sites.controlfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.osdkit.core.OsdkitException;
import org.osdkit.sites.SiteErrors;

class SiteControlFilePropertyTest {

    @Provide
    Arbitrary<byte[]> generatedFiles() {
        return Arbitraries.randoms().map(r -> ScfSamples.generate(r).getBytes(StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 300)
    void generatedFilesParseCleanlyAndRoundTripByteForByte(@ForAll("generatedFiles") byte[] bytes) {
        SiteControlFile file = SiteControlFile.parse(bytes, "generated");
        assertEquals(0, file.problems().size(), () -> file.describeProblems(3) + "\n" + new String(bytes, StandardCharsets.ISO_8859_1));
        assertArrayEquals(bytes, file.writableBytes());
        assertTrue(file.siteDefinition().isPresent());
    }

    @Property(tries = 300)
    void aNewSiteNameChangesOnlyItsOwnBytes(@ForAll("generatedFiles") byte[] bytes, @ForAll Random random) {
        SiteControlFile file = SiteControlFile.parse(bytes, "generated");
        String newName = "N" + ScfSamples.value(random);
        SiteControlFile changed = file.withSiteName(newName);
        assertEquals(newName, changed.siteDefinition().orElseThrow().siteName());
        String before = new String(bytes, StandardCharsets.ISO_8859_1);
        String after = new String(changed.bytes(), StandardCharsets.ISO_8859_1);
        String oldName = file.siteDefinition().orElseThrow().siteName();
        int at = before.indexOf("<" + oldName + ">", before.indexOf("BEGIN_SITE_DEFINITION")) + 1;
        assertEquals(before.substring(0, at) + newName + before.substring(at + oldName.length()), after);
    }

    @Provide
    Arbitrary<byte[]> mutatedFiles() {
        return Arbitraries.randoms().map(r -> mutate(ScfSamples.generate(r).getBytes(StandardCharsets.ISO_8859_1), r));
    }

    @Property(tries = 500)
    void mutatedFilesNeverEscapeAsUnexpectedExceptions(@ForAll("mutatedFiles") byte[] bytes) {
        SiteControlFile file = SiteControlFile.parse(bytes, "mutated");
        assertArrayEquals(bytes, file.bytes());
        try {
            file.writableBytes();
            if (file.siteDefinition().isPresent()) {
                file.withSiteName("Renamed");
            }
        } catch (OsdkitException expected) {
            assertEquals(SiteErrors.SCF_UNPARSED, expected.code());
        }
    }

    @Property(tries = 200)
    void arbitraryBytesNeverEscapeAsUnexpectedExceptions(@ForAll byte[] bytes) {
        SiteControlFile file = SiteControlFile.parse(bytes, "random");
        assertArrayEquals(bytes, file.bytes());
    }

    private static final byte[] NASTY = {'<', '>', '\r', '\n', '\t', ' ', '_', '#', 0, (byte) 0xFF};

    /** One to three random edits: delete, insert, flip, duplicate or truncate. */
    static byte[] mutate(byte[] bytes, Random r) {
        byte[] out = bytes;
        for (int edits = 1 + r.nextInt(3); edits > 0 && out.length > 0; edits--) {
            int at = r.nextInt(out.length);
            switch (r.nextInt(5)) {
                case 0 -> out = concat(slice(out, 0, at), slice(out, at + 1, out.length));
                case 1 -> out = concat(concat(slice(out, 0, at), new byte[] {NASTY[r.nextInt(NASTY.length)]}),
                        slice(out, at, out.length));
                case 2 -> out[at] = (byte) r.nextInt(256);
                case 3 -> out = concat(out, slice(out, at, Math.min(out.length, at + r.nextInt(200))));
                default -> out = slice(out, 0, at);
            }
        }
        return out;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
