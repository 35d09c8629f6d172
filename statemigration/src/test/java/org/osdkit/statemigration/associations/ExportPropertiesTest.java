package org.osdkit.statemigration.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/** Random and mutated input never escapes the parsers as an unexpected exception. */
class ExportPropertiesTest {

    private final Path dir;

    ExportPropertiesTest() throws IOException {
        dir = Files.createTempDirectory("smp-export-props");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 300)
    void anyTextIsEitherADateNotSetOrADateTimeException(@ForAll String text) {
        try {
            WmiDateTime.parse(text, ZoneOffset.UTC);
        } catch (DateTimeException expected) {
            // the only failure a caller must handle
        }
    }

    @Property(tries = 200)
    void wmiDatesRoundTrip(@ForAll @IntRange(min = 0, max = 2_000_000_000) int seconds, @ForAll @IntRange(min = 0, max = 999_999) int micros) {
        Instant t = Instant.ofEpochSecond(seconds, micros * 1000L);
        assertEquals(t, WmiDateTime.parse(WmiDateTime.format(t), ZoneOffset.UTC).orElseThrow());
    }

    @Property(tries = 150)
    void mutatedCsvNeverThrowsAndEveryRecordIsReadOrReported(@ForAll("mutatedCsv") String csv) {
        ImportResult result = AssociationExport.read(write("a.csv", csv), ZoneOffset.UTC);
        assertTrue(result.associations().size() + result.problems().size() >= 0);
        result.problems().forEach(p -> assertTrue(p.line() >= 1, p.toString()));
    }

    @Property(tries = 150)
    void mutatedJsonNeverThrows(@ForAll("mutatedJson") String json) {
        ImportResult result = AssociationExport.read(write("a.json", json), ZoneOffset.UTC);
        result.problems().forEach(p -> assertTrue(p.line() >= 1, p.toString()));
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String CSV = "#TYPE IResultObject#SMS_StateMigration\r\n\"SourceClientResourceID\",\"RestoreClientResourceID\",\"StoreCreationDate\","
            + "\"StoreReleaseDate\",\"MigrationStatus\",\"StorePath\"\r\n\"1\",\"1\",\"20090105101500.000000+000\",\"00000000000000.000000+***\",\"2\","
            + "\"\\\\SMP01\\S$\\A\"\r\n\"2\",\"3\",\"\",\"\",\"1\",\"\"\r\n";
    static final String JSON = "[{\"SourceClientResourceID\": 1, \"RestoreClientResourceID\": 1, \"StoreCreationDate\": \"/Date(1231150500000)/\","
            + " \"UserNames\": [{\"UserName\": \"a\"}], \"MigrationStatus\": 2}, {\"SourceClientResourceID\": 2, \"RestoreClientResourceID\": 3}]";

    @Provide
    Arbitrary<String> mutatedCsv() {
        return mutate(CSV);
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        return mutate(JSON);
    }

    private static Arbitrary<String> mutate(String base) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length() - 1);
        Arbitrary<Character> chars = Arbitraries.of('"', ',', ';', '\n', '\r', '{', '}', '[', ']', ':', '\\', '0', '*', '+', 'x', '\u00e9');
        return Arbitraries.oneOf(
                position.map(i -> base.substring(0, i)),
                position.flatMap(i -> chars.map(c -> base.substring(0, i) + c + base.substring(i + 1))),
                position.flatMap(i -> chars.map(c -> base.substring(0, i) + c + base.substring(i))),
                Arbitraries.strings().ofMaxLength(200));
    }
}
