package org.osdkit.examples.logs;

import java.nio.file.Path;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.LogRecord;
import org.osdkit.logs.read.LogStream;
import org.osdkit.logs.read.Severity;

/** Prints every error record of a ConfigMgr log (any format osdkit reads) with the codes it names, decoded. */
public final class LogErrors {

    public static void main(String[] args) throws Exception {
        ErrorCodes codes = ErrorCodes.builtIn();
        try (LogStream records = LogReader.open(Path.of(args[0]))) {
            while (records.hasNext()) {
                LogRecord r = records.next();
                if (r.severity() == Severity.ERROR) {
                    System.out.println(r.line() + " " + r.component() + ": " + r.message());
                    codes.findIn(r.message()).forEach(c -> System.out.println("    " + c.summary()));
                }
            }
        }
    }
}
