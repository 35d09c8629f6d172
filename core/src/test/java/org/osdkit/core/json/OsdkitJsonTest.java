package org.osdkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osdkit.core.Architecture;
import org.osdkit.core.CoreErrors;
import org.osdkit.core.HardwareModel;
import org.osdkit.core.OsTarget;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;

class OsdkitJsonTest {

    record Sample(SiteCode site, PackageId id, UncPath share, HardwareModel model, OsTarget os, Instant at, LocalDateTime local,
                  Architecture arch, Optional<String> note, Optional<String> none, Path file, Map<SiteCode, Integer> stores) {
    }

    private static final Sample SAMPLE = new Sample(SiteCode.of("SE1"), PackageId.of("PS100012"), UncPath.of("\\\\cm01\\Drivers\\XP"),
            new HardwareModel("Lenovo", "R61", "8935CTO"), OsTarget.parse("XP", Architecture.X86), Instant.parse("2026-11-23T10:00:00Z"),
            LocalDateTime.parse("2009-02-10T10:15:02.459"), Architecture.X64, Optional.of("checked"), Optional.empty(),
            Path.of("/srv/logs/smsts.log"), Map.of(SiteCode.of("PS1"), 3));

    private final ObjectMapper mapper = OsdkitJson.mapper();

    @Test
    void coreSingleValueRecordsAreTheirPlainText() throws Exception {
        String json = mapper.writeValueAsString(SAMPLE);
        assertTrue(json.startsWith("{\"site\":\"SE1\",\"id\":\"PS100012\",\"share\":\"\\\\\\\\cm01\\\\Drivers\\\\XP\","), json);
        assertTrue(json.contains("\"stores\":{\"PS1\":3}"), json);
    }

    @Test
    void timesAreIsoText() throws Exception {
        String json = mapper.writeValueAsString(SAMPLE);
        assertTrue(json.contains("\"at\":\"2026-11-23T10:00:00Z\""), json);
        assertTrue(json.contains("\"local\":\"2009-02-10T10:15:02.459\""), json);
    }

    @Test
    void recordsWithSeveralPartsStayObjectsInComponentOrder() throws Exception {
        String json = mapper.writeValueAsString(SAMPLE);
        assertTrue(json.contains("\"model\":{\"manufacturer\":\"Lenovo\",\"model\":\"R61\",\"sku\":\"8935CTO\"}"), json);
        assertTrue(json.contains("\"os\":{\"name\":\"XP\",\"major\":5,\"minor\":1,\"build\":2600,\"architecture\":\"x86\"}"), json);
    }

    @Test
    void enumsOptionalsAndPathsAreWhatAPersonReads() throws Exception {
        String json = mapper.writeValueAsString(SAMPLE);
        assertTrue(json.contains("\"arch\":\"x64\""), json);
        assertTrue(json.contains("\"note\":\"checked\",\"none\":null"), json);
        assertTrue(json.contains("\"file\":\"" + Path.of("/srv/logs/smsts.log").toString().replace("\\", "\\\\") + "\""), json);
    }

    @Test
    void whatIsWrittenReadsBackEqual() throws Exception {
        assertEquals(SAMPLE, mapper.readValue(mapper.writeValueAsString(SAMPLE), Sample.class));
    }

    @Test
    void aValueThatIsNotValidFailsWithTheValuesOwnError() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue("\"AUX\"", SiteCode.class));
        OsdkitException cause = OsdkitException.in(e).orElseThrow();
        assertEquals(CoreErrors.INVALID_SITE_CODE, cause.code());
        assertTrue(e.getMessage().contains("reserved site code"), e.getMessage());
    }

    @Test
    void anObjectWhereTextBelongsIsRefused() {
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"value\":\"SE1\"}", SiteCode.class));
    }

    @Test
    void eachCallGivesItsOwnMapper() {
        assertTrue(OsdkitJson.mapper() != OsdkitJson.mapper());
    }
}
