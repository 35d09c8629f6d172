package org.osdkit.cli.drivers;

import java.util.Optional;
import me.tongfei.progressbar.ProgressBar;
import org.osdkit.cli.output.Printer;
import org.osdkit.drivers.catalog.ScanListener;

/** What several drivers commands share: progress bars for tree walks. */
final class CliSupport {

    private CliSupport() {
    }

    /** A scan listener that drives a progress bar on a terminal; close it when the walk is done. */
    static final class Progress implements ScanListener, AutoCloseable {
        private final Printer printer;
        private final String task;
        private Optional<ProgressBar> bar;

        Progress(Printer printer, String task) {
            this.printer = printer;
            this.task = task;
        }

        @Override
        public void folderDone(int done, int total, String folder) {
            if (bar == null) {
                bar = printer.progress(task, total);
            }
            bar.ifPresent(b -> b.stepTo(done));
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.ifPresent(ProgressBar::close);
            }
        }
    }
}
