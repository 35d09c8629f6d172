package org.osdkit.drivers.inf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DriverVerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "06/21/2006,10.0.0.1|2006-06-21|10.0.0.1",
            "2/1/2023,1.1|2023-02-01|1.1.0.0",
            "08/29/2023, 1.00.0000|2023-08-29|1.0.0.0",
            "08-29-2023,65534.0.0.1|2023-08-29|65534.0.0.1",
            "01/01/2008|2008-01-01|"})
    void parsesTheFormsFoundInRealFiles(String text, String date, String version) {
        DriverVer.Parsed parsed = DriverVer.parse(text, 7);
        assertTrue(parsed.problem().isEmpty(), parsed.problem().toString());
        assertEquals(LocalDate.parse(date), parsed.value().date());
        assertEquals(version == null ? null : DriverVersion.parse(version), parsed.value().version());
        assertEquals(7, parsed.value().line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13/01/2020,1.0", "02/30/2020,1.0", "1/1/20,1.0", "01/01/2020,0.0.0.0", "01/01/2020,1.65535", "01/01/2020,1.2.3.4.5", "01/01/2020,a.b"})
    void reportsInvalidValuesWithoutThrowing(String text) {
        assertTrue(DriverVer.parse(text, 1).problem().isPresent(), text);
    }

    @Test
    void anInvalidDateIsWindowsZeroDate() {
        DriverVer v = DriverVer.parse("13/40/2020,1.2", 1).value();
        assertNull(v.date());
        assertEquals("00/00/0000,1.2.0.0", v.toString());
    }

    @Test
    void versionsCompareAsNumbersNotText() {
        assertTrue(DriverVersion.parse("1.10").compareTo(DriverVersion.parse("1.9")) > 0);
        assertEquals(DriverVersion.parse("1.2.3.4"), DriverVersion.unpack(DriverVersion.parse("1.2.3.4").packed()));
    }

    @Test
    void newestFirstComparesDateThenVersion() {
        List<DriverVer> list = new ArrayList<>(List.of(DriverVer.parse("01/01/2020,9.0", 0).value(), DriverVer.parse("01/01/2021,1.0", 0).value(),
                DriverVer.parse("01/01/2021,2.0", 0).value(), DriverVer.NONE));
        list.sort(DriverVer.NEWEST_FIRST);
        assertEquals(List.of("01/01/2021,2.0.0.0", "01/01/2021,1.0.0.0", "01/01/2020,9.0.0.0", "00/00/0000"), list.stream().map(DriverVer::toString).toList());
    }
}
