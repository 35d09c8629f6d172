package org.osdkit.logs.read;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.osdkit.core.OsdkitException;

/**
 * Several files read one after another, each opened only when the previous one is done. A file that
 * cannot be opened is reported as a problem and skipped, so one bad file never stops the rest.
 */
final class FileSequence implements RecordCursor {

    private final Iterator<LogFile> files;
    private final ReadOptions options;
    private final Consumer<ReadProblem> problems;
    private LogStream current;

    FileSequence(List<LogFile> files, ReadOptions options, Consumer<ReadProblem> problems) {
        this.files = List.copyOf(files).iterator();
        this.options = options;
        this.problems = problems;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (current != null) {
                current.close();
                current = null;
            }
            if (!files.hasNext()) {
                return false;
            }
            LogFile f = files.next();
            try {
                current = FileLogStream.open(f.path(), options, problems);
            } catch (OsdkitException e) {
                problems.accept(new ReadProblem(f.path().toString(), 0, e.code(), e.getMessage()));
            }
        }
        return true;
    }

    @Override
    public LogRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
