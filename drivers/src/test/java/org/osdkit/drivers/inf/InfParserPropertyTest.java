package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Random and mutated input never escapes the parser or the lint as an exception. */
class InfParserPropertyTest {

    private static final List<Path> CORPUS = java.util.stream.Stream.concat(Corpus.infs(Corpus.WDS).stream(), Corpus.infs(Corpus.VIRTIO).stream()).toList();

    private static void parseAndLint(byte[] bytes, String name) {
        InfFile inf = InfFile.parse(bytes, name);
        List<InfFinding> findings = InfLint.check(inf, InfFolder.NONE);
        for (InfSection s : inf.sections()) {
            for (InfLine l : s.lines()) {
                assertTrue(l.line() >= 1, "line numbers start at 1");
            }
        }
        assertTrue(findings.stream().allMatch(f -> f.line() >= 0));
        inf.models().forEach(m -> inf.installSection(m));
        inf.kind();
    }

    @Property(tries = 300)
    void randomBytesNeverThrow(@ForAll @Size(max = 2000) byte[] bytes) {
        parseAndLint(bytes, "random.inf");
    }

    @Provide
    Arbitrary<String> infLikeText() {
        Arbitrary<String> tokens = Arbitraries.of("[", "]", "=", ",", ";", "\"", "\"\"", "%", "%%", "\\", " ", "\t", "\r\n", "\n", "\r", "\u001A",
                "[Version]", "[Manufacturer]", "[Strings]", "[Strings.0407]", "[SourceDisksFiles.amd64]", "[SourceDisksNames]",
                "Signature=\"$Windows NT$\"", "%M%=Models,NTamd64.10.0...16299,NT$ARCH$", "[Models.NTamd64.10.0...16299]",
                "%D%=Inst,PCI\\VEN_1&DEV_2", "CopyFiles=@a.sys", "Include=x.inf", "1=d,,,..\\..", "a.sys=1,sub", "DriverVer=13/45/99,1.2.3.4.5",
                "NTx86....0x80", "CatalogFile.ntamd64=a.cat", "FeatureScore=0x1FF", "M=\"x\"", "Inst", "é", "\uFFFD", "x");
        return tokens.list().ofMaxSize(120).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void infLikeTextNeverThrows(@ForAll("infLikeText") String text) {
        parseAndLint(text.getBytes(StandardCharsets.UTF_8), "gen.inf");
        parseAndLint(text.getBytes(StandardCharsets.UTF_16LE), "gen.inf");
    }

    @Property(tries = 200)
    void mutatedCorpusFilesNeverThrow(@ForAll @IntRange(min = 0, max = 1000) int fileSeed, @ForAll @IntRange(min = 1, max = 8) int mutations,
                                      @ForAll long seed) {
        byte[] bytes = read(CORPUS.get(fileSeed % CORPUS.size()));
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < mutations && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] out = new byte[bytes.length - Math.min(bytes.length - at, 1 + random.nextInt(64))];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(bytes, bytes.length - (out.length - at), out, at, out.length - at);
                    bytes = out;
                }
                default -> {
                    byte[] insert = new byte[1 + random.nextInt(16)];
                    random.nextBytes(insert);
                    byte[] out = new byte[bytes.length + insert.length];
                    System.arraycopy(bytes, 0, out, 0, at);
                    System.arraycopy(insert, 0, out, at, insert.length);
                    System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
                    bytes = out;
                }
            }
        }
        parseAndLint(bytes, "mutated.inx");
    }

    @Provide
    Arbitrary<String> stringValues() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', '\t', 'ß', '\u4e2d').ofMaxLength(60);
    }

    @Property(tries = 300)
    void quotedStringValuesReadBackExactly(@ForAll("stringValues") String value, @ForAll @StringLength(min = 1, max = 12) @net.jqwik.api.constraints.AlphaChars String key) {
        String line = key + " = \"" + value.replace("\"", "\"\"") + "\" ; comment";
        InfFile inf = Infs.utf16le("[Strings]\r\n" + line + "\r\n");
        assertEquals(value, inf.strings().get(key, InfStrings.DEFAULT_LANGUAGE).orElseThrow());
    }

    @Provide
    Arbitrary<int[]> versions() {
        Arbitrary<Integer> part = Arbitraries.integers().between(0, DriverVersion.MAX_PART);
        return Combinators.combine(part, part, part, part).as((a, b, c, d) -> new int[] {a, b, c, d});
    }

    @Property(tries = 200)
    void driverVersionsRoundTripAndKeepTheirOrderWhenPacked(@ForAll("versions") int[] a, @ForAll("versions") int[] b) {
        DriverVersion va = DriverVersion.parse(a[0] + "." + a[1] + "." + a[2] + "." + a[3]);
        DriverVersion vb = new DriverVersion(b[0], b[1], b[2], b[3]);
        assertEquals(va, DriverVersion.parse(va.toString()));
        assertEquals(Integer.signum(va.compareTo(vb)), Long.signum(Long.compare(va.packed(), vb.packed())));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
