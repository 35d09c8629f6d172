package org.osdkit.cli.output;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.osdkit.core.progress.Progress;

/**
 * Draws what a domain operation tells core's {@link Progress} as progress bars on stderr, one bar per
 * task (a new task text closes the bar before it). Only stderr: stdout keeps a command's result alone,
 * whatever its format. Close it when the operation is done, also when it failed.
 */
public final class ProgressBars implements Progress, AutoCloseable {

    private final PrintWriter err;
    private final int width;
    private final boolean shown;
    private String task;
    private ProgressBar bar;

    ProgressBars(PrintWriter err, int width, boolean shown) {
        this.err = err;
        this.width = width;
        this.shown = shown;
    }

    /** True when bars are drawn (stderr is a terminal, or {@code --progress}). */
    public boolean shown() {
        return shown;
    }

    @Override
    public synchronized void update(String task, long done, long total) {
        if (!shown) {
            return;
        }
        if (!task.equals(this.task)) {
            close();
            this.task = task;
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1)
                    .setConsumer(new Redrawn(err, width)).build();
        }
        if (total > 0 && bar.getMax() != total) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
    }

    /** Draws the last state of the open bar and ends its line. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
            task = null;
        }
    }

    /** Redraws the bar in place with a carriage return and ends the line when the bar closes. */
    static final class Redrawn implements ProgressBarConsumer {
        private final PrintWriter err;
        private final int width;

        Redrawn(PrintWriter err, int width) {
            this.err = err;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            err.print('\r');
            err.print(rendered);
            err.flush();
        }

        @Override
        public void close() {
            err.println();
            err.flush();
        }
    }
}
