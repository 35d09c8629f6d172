package org.osdkit.logs.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osdkit.core.OsdkitException;
import org.osdkit.logs.LogsErrors;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.Severity;

class RecordFilterTest {

    private final List<LogRecord> records = Logs.text(
            "<![LOG[Downloading content]LOG]!><time=\"10:00:00.000+060\" date=\"07-30-2026\" component=\"CAS\" context=\"\" type=\"1\" thread=\"7\" file=\"\">\n"
            + "<![LOG[Download failed 0x80070005]LOG]!><time=\"10:05:00.000+060\" date=\"07-30-2026\" component=\"DataTransferService\" context=\"\" type=\"3\" thread=\"8\" file=\"\">\n"
            + "<![LOG[Retrying]LOG]!><time=\"10:10:00.000+060\" date=\"07-30-2026\" component=\"CAS\" context=\"\" type=\"2\" thread=\"7\" file=\"\">\n").records();

    private List<String> keep(RecordFilter f) {
        return records.stream().filter(f).map(LogRecord::message).toList();
    }

    @Test
    void combinesClausesLikeCmTracesFilterDialog() {
        assertEquals(List.of("Downloading content", "Retrying"), keep(RecordFilter.builder().components(List.of("cas")).build()));
        assertEquals(List.of("Download failed 0x80070005"), keep(RecordFilter.builder().excludeComponents(List.of("CAS")).build()));
        assertEquals(List.of("Retrying"), keep(RecordFilter.builder().components(List.of("CAS")).atLeast(Severity.WARNING).build()));
        assertEquals(List.of("Download failed 0x80070005"), keep(RecordFilter.builder().severities(Set.of(Severity.ERROR)).build()));
        assertEquals(List.of("Download failed 0x80070005"), keep(RecordFilter.builder().threads(List.of("8")).build()));
        assertEquals(List.of("Downloading content", "Download failed 0x80070005"), keep(RecordFilter.builder().contains("DOWNLOAD").build()));
        assertEquals(List.of("Retrying"), keep(RecordFilter.builder().notContains("download").build()));
        assertEquals(List.of("Download failed 0x80070005"), keep(RecordFilter.builder().regex("0x8007\\d{4}").build()));
        assertEquals(3, keep(RecordFilter.all()).size());
    }

    @Test
    void timeBoundsCompareInstantsWithUtcAndWallClockWithLocalTime() {
        // Bias +060: 10:05 local is 11:05 UTC.
        assertEquals(List.of("Retrying"), keep(RecordFilter.builder().after(TimeBound.parse("2026-07-30T11:05:00Z")).build()));
        assertEquals(List.of("Retrying"), keep(RecordFilter.builder().after(TimeBound.parse("2026-07-30 10:05")).build()));
        assertEquals(List.of("Downloading content"), keep(RecordFilter.builder().before(TimeBound.parse("2026-07-30T13:05:00+02:00")).build()));
        assertEquals(3, keep(RecordFilter.builder().after(TimeBound.parse("2026-07-30")).build()).size());
    }

    @Test
    void malformedClausesAreInvalidFilterErrors() {
        assertEquals(LogsErrors.INVALID_FILTER, assertThrows(OsdkitException.class, () -> RecordFilter.builder().regex("(")).code());
        assertEquals(LogsErrors.INVALID_FILTER, assertThrows(OsdkitException.class, () -> TimeBound.parse("yesterday")).code());
    }
}
