package org.osdkit.logs;

import java.util.List;
import java.util.function.Consumer;
import org.osdkit.logs.internal.FileSequence;
import org.osdkit.logs.internal.MergedTimeline;

/**
 * Reading several logs: one after another ({@link #sequential}) or merged into one timeline ordered
 * by UTC ({@link #merge}). Both stream: memory does not grow with file size.
 */
public final class Timeline {

    private Timeline() {
    }

    /** Every file in the given order. */
    public static RecordCursor sequential(List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        return new FileSequence(files, options, problems);
    }

    /**
     * One timeline ordered by UTC (k-way merge; equal times keep the input order). Generations of one
     * log are read oldest first as one source. Records without a bias sort by their local time read as
     * UTC unless {@link ReadOptions#assumeZone()} gives a zone; fragments stay after the record before them.
     */
    public static RecordCursor merge(List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        return new MergedTimeline(LogInputs.byLog(files).values(), options, problems);
    }
}
