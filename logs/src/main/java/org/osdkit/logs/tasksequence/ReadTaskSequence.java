package org.osdkit.logs.tasksequence;

import java.util.List;
import java.util.function.Consumer;
import org.osdkit.logs.errorcodes.ErrorCodes;
import org.osdkit.logs.merge.Timeline;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;
import org.osdkit.logs.read.RecordCursor;

/**
 * Builds the task sequence view from one or more smsts.log files (the WinPE, full-OS and client
 * fragments are merged by time; rolled-over generations are read oldest first).
 */
public final class ReadTaskSequence {

    /** Lines of context kept before and after the failing line. */
    public static final int CONTEXT = 5;

    /** Reads {@code files} and returns what the task sequence did. */
    public TaskSequenceView read(List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        TaskSequenceScanner scanner = new TaskSequenceScanner(CONTEXT, ErrorCodes.builtIn());
        try (RecordCursor records = Timeline.merge(files, options, problems)) {
            records.forEachRemaining(scanner::accept);
        }
        return scanner.view();
    }
}
