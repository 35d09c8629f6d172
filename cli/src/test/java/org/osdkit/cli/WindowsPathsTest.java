package org.osdkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osdkit.cli.command.ExitCodes;
import org.osdkit.core.UncPath;
import picocli.CommandLine.TypeConversionException;

/** Windows paths on the command line, on whatever machine osdkit runs. */
class WindowsPathsTest {

    @TempDir
    Path workspace;

    @Test
    void sharesAndDrivePathsKeepTheirWindowsFormOnEveryMachine() {
        assertEquals("\\\\dp01.contoso.com\\SMSPKGD$\\R61", Converters.uncOrLocal("\\\\dp01.contoso.com\\SMSPKGD$\\R61").value());
        assertEquals("\\\\dp01\\SMSPKGD$\\R61", Converters.uncOrLocal("//dp01/SMSPKGD$/R61").value());
        assertEquals("C:\\Drivers\\R61", Converters.uncOrLocal("C:\\Drivers\\R61").value());
        // Forward slashes after a drive letter, as PowerShell users type them: still the C: drive,
        // not a folder "C:" below the current one.
        assertEquals("C:\\Drivers\\R61", Converters.uncOrLocal("C:/Drivers/R61").value());
        assertEquals("E:\\", Converters.uncOrLocal("E:").value());
        UncPath relative = Converters.uncOrLocal("content");
        assertEquals(Path.of("content").toAbsolutePath().toString(), relative.value());
    }

    @Test
    void aWindowsFilePathOnAnotherSystemIsAUsageErrorNamingWhatToGive() {
        for (String windows : new String[] {"C:\\logs\\smsts.log", "c:/logs/smsts.log", "\\\\srv01\\logs$\\smsts.log"}) {
            TypeConversionException e = assertThrows(TypeConversionException.class, () -> Converters.localPath(windows, false));
            assertTrue(e.getMessage().contains("is a Windows path"), e.getMessage());
        }
        assertEquals(Path.of("logs/smsts.log"), Converters.localPath("logs/smsts.log", false));
        assertEquals(Path.of("C:\\logs\\smsts.log"), Converters.localPath("C:\\logs\\smsts.log", true));
    }

    @Test
    void theCommandLineRefusesAWindowsFilePathHereWithExitCode2() {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"), "Windows reads C:\\ itself");
        CliRun run = CliRun.in(workspace, "sites", "inspect", "C:\\SMS\\inboxes\\sitectrl.box\\sitectrl.ct0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("is a Windows path"), run.err());
    }
}
