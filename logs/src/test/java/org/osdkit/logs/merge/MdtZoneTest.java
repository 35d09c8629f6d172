package org.osdkit.logs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.Logs;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ZoneHints;
import org.osdkit.logs.read.ZoneStatus;

/**
 * MDT's scripts write {@code +000} whatever the machine's zone. The records below have the shape
 * ZTIUtility writes (no thread, the file attribute repeating the script's name); times and names are invented.
 */
class MdtZoneTest {

    @TempDir
    Path dir;

    /** A record as MDT's ZTIUtility lays it out. */
    static String mdt(String message, String time, String date, String script) {
        return "<![LOG[" + message + "]LOG]!><time=\"" + time + "+000\" date=\"" + date + "\" component=\"" + script
                + "\" context=\"\" type=\"1\" thread=\"\" file=\"" + script + "\">\r\n";
    }

    private static List<LogRecord> read(Path file, ReadOptions options) {
        return Logs.all(LogReader.openAll(List.of(LogFile.of(file)), options, p -> { }));
    }

    @Test
    void anMdtLogAloneIsLocalTimeWithAnUnknownZoneAndSaysSo() throws IOException {
        Path bdd = Logs.write(dir, "MININT/SMSOSD/OSDLOGS/BDD.log", mdt("Property OSDComputerName is now = PC01", "10:00:00.000", "01-15-2026", "ZTIGather"));
        LogRecord r = read(bdd, ReadOptions.defaults()).get(0);
        assertEquals(ZoneStatus.UNKNOWN, r.zone());
        assertNull(r.utc(), "+000 must not be read as UTC");
        assertNull(r.biasMinutes());
        assertTrue(r.timeNote().contains("+000 bias is not UTC") && r.timeNote().contains("--zone BDD.log=<zone>"), r.timeNote());
    }

    @Test
    void aZoneNamedForTheFileGivesItsUtcTimeAndTheTrueBias() throws IOException {
        Path bdd = Logs.write(dir, "BDD.log", mdt("Winter", "10:00:00.000", "01-15-2026", "ZTIGather")
                + mdt("Summer", "10:00:00.000", "07-15-2026", "ZTIGather"));
        List<LogRecord> r = read(bdd, ReadOptions.defaults().withZones(ZoneHints.parse(List.of("*=Europe/Brussels", "bdd.LOG=America/Los_Angeles"))));
        assertEquals(Instant.parse("2026-01-15T18:00:00Z"), r.get(0).utc());
        assertEquals(480, r.get(0).biasMinutes());
        assertEquals(Instant.parse("2026-07-15T17:00:00Z"), r.get(1).utc(), "daylight time applies in July");
        assertEquals(ZoneStatus.INFERRED, r.get(1).zone());
        assertTrue(r.get(0).timeNote().contains("from --zone bdd.LOG=America/Los_Angeles"), r.get(0).timeNote());
    }

    @Test
    void mergedWithItsMachinesSmstsLogAnMdtLogTakesTheBiasSmstsWroteAtThatLocalTime() throws IOException {
        // WinPE runs in Pacific Standard Time by default: smsts.log writes +480. MDT wrote the same clock with +000.
        Path smsts = Logs.write(dir, "PC01/smsts.log", Logs.cm("Start executing an instruction. Instruction name: Gather. Instruction pointer: 1",
                "10:00:00.000+480", "01-15-2026") + Logs.cm("Successfully completed the action (Gather) with the exit win32 code 0", "10:00:05.000+480", "01-15-2026"));
        Path bdd = Logs.write(dir, "PC01/BDD.log", mdt("Property Make is now = Contoso", "10:00:02.000", "01-15-2026", "ZTIGather"));
        // Another machine's MDT log in the same merge gets nothing from PC01 when its own folder has a lender.
        Path other = Logs.write(dir, "PC02/ZTIGather.log", mdt("PC02 gather", "10:00:03.000", "01-15-2026", "ZTIGather"));
        Path otherSmsts = Logs.write(dir, "PC02/smsts.log", Logs.cm("PC02 engine", "10:00:04.000-060", "01-15-2026"));
        List<LogRecord> merged = Logs.all(Timeline.merge(List.of(LogFile.of(bdd), LogFile.of(smsts), LogFile.of(other), LogFile.of(otherSmsts)),
                ReadOptions.defaults(), p -> { }));
        List<String> order = merged.stream().map(LogRecord::message).map(m -> m.length() > 20 ? m.substring(0, 20) : m).toList();
        assertEquals(List.of("PC02 gather", "PC02 engine", "Start executing an i", "Property Make is now", "Successfully complet"), order);
        LogRecord gathered = merged.get(3);
        assertEquals(Instant.parse("2026-01-15T18:00:02Z"), gathered.utc());
        assertEquals(ZoneStatus.INFERRED, gathered.zone());
        assertEquals(480, gathered.biasMinutes());
        assertTrue(gathered.timeNote().contains("bias +480 taken from smsts.log of the same machine"), gathered.timeNote());
        assertEquals(Instant.parse("2026-01-15T09:00:03Z"), merged.get(0).utc(), "PC02's MDT log takes PC02's -60");
        assertNull(merged.get(2).timeNote(), "smsts.log's own times are its own");
    }

    @Test
    void aZoneNamedWithZoneWinsOverTheSiblingsBias() throws IOException {
        Logs.write(dir, "smsts.log", Logs.cm("engine", "10:00:00.000+480", "01-15-2026"));
        Path bdd = Logs.write(dir, "BDD.log", mdt("gather", "10:00:00.000", "01-15-2026", "ZTIGather"));
        List<LogRecord> merged = Logs.all(Timeline.merge(List.of(LogFile.of(dir.resolve("smsts.log")), LogFile.of(bdd)),
                ReadOptions.defaults().withZones(ZoneHints.parse(List.of("BDD.log=UTC"))), p -> { }));
        LogRecord gathered = merged.stream().filter(r -> r.message().equals("gather")).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-01-15T10:00:00Z"), gathered.utc());
        assertTrue(gathered.timeNote().contains("--zone BDD.log=UTC"), gathered.timeNote());
    }

    @Test
    void mdtLogsAreKnownByNameAndByRecordShapeButConfigMgrLogsWithPlusZeroAreNot() throws IOException {
        Path renamed = Logs.write(dir, "copied-from-pc01.log", mdt("a", "10:00:00.000", "01-15-2026", "ZTIDrivers")
                + mdt("b", "10:00:01.000", "01-15-2026", "ZTIDrivers"));
        Path utcServer = Logs.write(dir, "distmgr.log", Logs.cm("a server in UTC", "10:00:00.000+000", "01-15-2026"));
        Path byName = Logs.write(dir, "ZTIApplications.log", Logs.cm("any shape", "10:00:00.000+000", "01-15-2026"));
        assertTrue(LogReader.writtenByMdt(renamed));
        assertTrue(LogReader.writtenByMdt(byName));
        assertFalse(LogReader.writtenByMdt(utcServer));
        assertEquals(Instant.parse("2026-01-15T10:00:00Z"), read(utcServer, ReadOptions.defaults()).get(0).utc(), "a true +000 stays UTC");
        assertNull(read(renamed, ReadOptions.defaults()).get(0).utc());
    }

    @Test
    void aBiasMdtWouldNotWriteIsTheWritersAndKept() throws IOException {
        Path wizard = Logs.write(dir, "Wizard.log", Logs.cm("custom script", "10:00:00.000-060", "01-15-2026"));
        LogRecord r = read(wizard, ReadOptions.defaults()).get(0);
        assertEquals(Instant.parse("2026-01-15T09:00:00Z"), r.utc());
        assertEquals(ZoneStatus.KNOWN, r.zone());
    }

    @Test
    void zoneSpecificationsAreCheckedAndTheMostSpecificPatternWins() {
        ZoneHints hints = ZoneHints.parse(List.of("*=-05:00", "ZTI*.log=America/Los_Angeles"));
        assertEquals(ZoneId.of("America/Los_Angeles"), hints.zoneFor("C:\\MININT\\SMSOSD\\OSDLOGS\\ztigather.log"));
        assertEquals(ZoneId.of("-05:00"), hints.zoneFor("/logs/BDD.log"));
        assertThrows(IllegalArgumentException.class, () -> ZoneHints.parse(List.of("BDD.log=Mars/Olympus")));
        assertThrows(IllegalArgumentException.class, () -> ZoneHints.parse(List.of("America/Los_Angeles")));
        assertThrows(IllegalArgumentException.class, () -> ZoneHints.parse(List.of("BDD.log=")));
        assertThrows(IllegalArgumentException.class, () -> ZoneHints.parse(List.of("C:\\MININT\\BDD.log=UTC")));
    }

    @Test
    void aZoneNamedForAPlainLogStandsInForAssumeZoneOnlyForThatFile() throws IOException {
        Path plain = Logs.write(dir, "setup.txt", "2026-01-15 10:00:00 Setup started\n");
        Path other = Logs.write(dir, "other.txt", "2026-01-15 10:00:00 Other started\n");
        ReadOptions options = ReadOptions.defaults().withZones(ZoneHints.parse(List.of("setup.txt=+02:00")));
        assertEquals(Instant.parse("2026-01-15T08:00:00Z"), read(plain, options).get(0).utc());
        assertNull(read(other, options).get(0).utc());
    }
}
