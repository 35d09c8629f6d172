package org.osdkit.logs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.RecordCursor;

/** The merge against a plain model of it: a stable sort of all records by time, logs in input order. */
class TimelinePropertiesTest {

    /**
     * Logs of non-decreasing times with many ties, some empty, some long enough to be read in several
     * batches, and records without a time (which take the time before them, or the first one after
     * them at the start of a log): merged, they come out as the stable sort of the logs' records,
     * concatenated in input order, by that time.
     */
    @Property(tries = 60)
    void mergesAsAStableSortOfTheLogsByTime(@ForAll("logs") List<List<Integer>> logs) throws IOException {
        Path dir = Files.createTempDirectory("osdkit-merge-property-");
        try {
            List<LogFile> files = new ArrayList<>();
            List<String[]> expected = new ArrayList<>();
            for (int l = 0; l < logs.size(); l++) {
                StringBuilder text = new StringBuilder();
                List<Integer> seconds = logs.get(l);
                int firstTime = seconds.stream().filter(s -> s >= 0).findFirst().orElse(-1);
                int last = firstTime;
                for (int i = 0; i < seconds.size(); i++) {
                    int s = seconds.get(i);
                    String id = "L" + l + "R" + i;
                    if (s < 0) {
                        // Text between records: an unparsed fragment without a time.
                        text.append(id).append("\r\n");
                    } else {
                        text.append(Logs.cm(id, String.format("10:%02d:%02d.000+000", s / 60, s % 60), "07-30-2026"));
                        last = s;
                    }
                    expected.add(new String[] {id, String.valueOf(last)});
                }
                files.add(LogFile.of(Logs.write(dir, "log" + l + ".log", text.toString())));
            }
            List<String> model = expected.stream().sorted(Comparator.comparingInt(e -> Integer.parseInt(e[1]))).map(e -> e[0]).toList();
            List<String> merged = new ArrayList<>();
            try (RecordCursor c = Timeline.merge(files, ReadOptions.defaults(), p -> { })) {
                c.forEachRemaining(r -> merged.add(r.message()));
            }
            assertEquals(model, merged);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** Each log: a non-decreasing run of seconds in 0-59 (few values, so ties are frequent), -1 for a record without time. */
    @Provide
    Arbitrary<List<List<Integer>>> logs() {
        Arbitrary<List<Integer>> log = Arbitraries.integers().between(-3, 4).list().ofMaxSize(70).map(steps -> {
            List<Integer> seconds = new ArrayList<>();
            int t = 0;
            for (int step : steps) {
                boolean afterFragment = !seconds.isEmpty() && seconds.get(seconds.size() - 1) < 0;
                if (step < 0 && step > -3 && !afterFragment) {
                    // Never two in a row: text between two records is one fragment.
                    seconds.add(-1);
                } else {
                    t = Math.min(59, t + Math.max(step, 0));
                    seconds.add(t);
                }
            }
            return seconds;
        });
        return log.list().ofMinSize(1).ofMaxSize(25);
    }
}
