package org.osdkit.logs.merge;

import java.util.List;
import java.util.function.Consumer;
import org.osdkit.logs.read.LogFile;
import org.osdkit.logs.read.LogInputs;
import org.osdkit.logs.read.LogReader;
import org.osdkit.logs.read.ReadOptions;
import org.osdkit.logs.read.ReadProblem;
import org.osdkit.logs.read.RecordCursor;

/**
 * Several logs merged into one timeline ordered by UTC, streaming: memory does not grow with file
 * size. (To read files one after another instead, use {@code LogReader.openAll}.)
 */
public final class Timeline {

    private Timeline() {
    }

    /**
     * One timeline ordered by UTC (k-way merge; equal times keep the input order). Generations of one
     * log are read oldest first as one source. Records without a bias sort by their local time read as
     * UTC unless {@link ReadOptions#assumeZone()} or a zone named for the file gives one; fragments stay
     * after the record before them. An MDT log (whose {@code +000} is not UTC) takes its biases from the
     * log with a true bias nearest to it in the folder tree, its machine's smsts.log.
     */
    public static RecordCursor merge(List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        return new MergedTimeline(LogInputs.byLog(files).values(), options, problems);
    }
}
