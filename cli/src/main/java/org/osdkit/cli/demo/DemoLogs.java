package org.osdkit.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Site system and client logs with the seed's failures: the KB961269 cleanup abort in a legacy-format
 * smpmgr.log, the SMP health check answering HTTP 500 in smpisapi.log and a task sequence that fails in
 * smsts.log. Synthetic lines in the shapes the rule pack's examples use.
 */
final class DemoLogs {

    private DemoLogs() {
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        String store = "E:\\SOURCES\\USMT\\" + SampleEstate.SMP_SHARE + "\\FBC02D2321401636EFBD99756C5AAF338C3D018C06B9724EB56B409163928473";
        Files.writeString(folder.resolve("smpmgr.log"), String.join("\r\n",
                legacy("SMS_SMP_MANAGER", "10:15:00.010", "2724 (0xAA4)", "Starting the cleanup cycle for the state migration point..."),
                legacy("SMS_SMP_MANAGER", "10:15:01.123", "2724 (0xAA4)", "Checking store for cleanup of failed or stale state stores..."),
                legacy("SMS_SMP_MANAGER", "10:15:01.900", "2724 (0xAA4)", "Deleted store \"E:\\SOURCES\\USMT\\" + SampleEstate.SMP_SHARE + "\\S0\""),
                legacy("SMS_SMP_MANAGER", "10:15:02.456", "2724 (0xAA4)", "Cleanup of store \"" + store + "\" failed with errorcode (80004005)"),
                legacy("SMS_SMP_MANAGER", "10:15:02.459", "2724 (0xAA4)", "CheckAndDeleteSMPStores failed with error code (80004005)"),
                legacy("SMS_SMP_MANAGER", "10:15:02.460", "2724 (0xAA4)", "Failed to cleanup stores. (0x00000000)"), ""));
        Files.writeString(folder.resolve("smpisapi.log"), String.join("\r\n",
                legacy("SMS_SMP_ISAPI", "10:15:00.100", "1234 (0x4D2)", "Query string to parse: 'op=healthcheck'."),
                legacy("SMS_SMP_ISAPI", "10:15:00.200", "1234 (0x4D2)", "Returning status \"500 Internal Server Error\""), ""));
        Files.writeString(folder.resolve("smsts.log"), String.join("\r\n",
                cmtrace("TSManager", "10:00:00.000", 1, "Start executing an instruction. Instruction name: Apply Driver Package."),
                cmtrace("InstallDriver", "10:00:01.000", 1, "Executing command line: osddriverclient.exe /install:PR100001 /unsigned:true"),
                cmtrace("InstallDriver", "10:00:05.000", 3, "Failed to provision driver. Code 0x80070057"),
                cmtrace("TSManager", "10:00:05.100", 3, "Failed to run the action: Apply Driver Package. The parameter is incorrect. (Error: 80070057; Source: Windows)"),
                cmtrace("TSManager", "10:00:05.200", 3, "Task sequence execution failed with error code 80070057"), ""));
    }

    /** SMS 2003 / ConfigMgr 2007 site server format: {@code text  $$<component><date time+bias><thread=...>}. */
    private static String legacy(String component, String time, String thread, String text) {
        return text + "  $$<" + component + "><02-10-2009 " + time + "+060><thread=" + thread + ">";
    }

    /** The CMTrace format of the client logs. */
    private static String cmtrace(String component, String time, int type, String text) {
        return "<![LOG[" + text + "]LOG]!><time=\"" + time + "+000\" date=\"02-10-2009\" component=\"" + component
                + "\" context=\"\" type=\"" + type + "\" thread=\"1\" file=\"\">";
    }
}
