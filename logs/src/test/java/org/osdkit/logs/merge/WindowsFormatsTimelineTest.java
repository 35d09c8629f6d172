package org.osdkit.logs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.filter.RecordFilter;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.Severity;

/** Records of the Windows text formats merge by UTC and filter by severity and component like CMTrace records. */
class WindowsFormatsTimelineTest {

    @TempDir
    Path dir;

    @Test
    void iisUtcAndCbsLocalTimesInterleaveByUtcAndFilterByComponentAndSeverity() throws IOException {
        // CBS writes local time: 05:40 in New York (EST, UTC-5) is 10:40 UTC, between the two IIS requests.
        Path cbs = Logs.write(dir, "CBS.log", "2026-01-05 05:40:00, Error                 CBS    Failed to resolve package [HRESULT = 0x800f081f]\r\n"
                + "2026-01-05 05:40:05, Info                  CBS    Ending\r\n");
        Path iis = Logs.write(dir, "u_ex260105.log", "#Fields: date time cs-method cs-uri-stem sc-status\r\n"
                + "2026-01-05 10:39:59 GET /a 200\r\n2026-01-05 10:40:01 GET /b 404\r\n");
        ReadOptions options = ReadOptions.defaults().withAssumeZone(ZoneId.of("America/New_York"));
        List<String> merged = Logs.all(Timeline.merge(List.of(LogFile.of(cbs), LogFile.of(iis)), options, p -> { }))
                .stream().filter(r -> r.utc() != null).map(LogRecord::message).toList();
        assertEquals(List.of("GET /a -> 200", "Failed to resolve package [HRESULT = 0x800f081f]", "GET /b -> 404", "Ending"), merged);

        RecordFilter problems = RecordFilter.builder().atLeast(Severity.WARNING).components(List.of("CBS")).build();
        List<String> filtered = Logs.all(problems.apply(Timeline.merge(List.of(LogFile.of(cbs), LogFile.of(iis)), options, p -> { })))
                .stream().map(LogRecord::message).toList();
        assertEquals(List.of("Failed to resolve package [HRESULT = 0x800f081f]"), filtered);
    }
}
