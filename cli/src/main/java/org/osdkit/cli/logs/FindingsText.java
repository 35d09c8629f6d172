package org.osdkit.cli.logs;

import java.util.List;
import org.osdkit.cli.output.Printer;
import org.osdkit.cli.output.Table;
import org.osdkit.logs.diagnosis.DiagnosisReport;
import org.osdkit.logs.diagnosis.Evidence;
import org.osdkit.logs.diagnosis.Finding;

/** Findings for people: a summary table, then each finding with its advice and evidence lines. */
final class FindingsText {

    private FindingsText() {
    }

    static void print(Printer printer, DiagnosisReport report) {
        printer.info("Read " + report.records() + " records (" + report.unparsed() + " unparsed) from " + report.files()
                + " file(s) with " + report.rules() + " rules.");
        print(printer, report.findings());
    }

    static void print(Printer printer, List<Finding> findings) {
        if (findings.isEmpty()) {
            printer.info("No known issue found.");
            return;
        }
        Table summary = Table.of("Severity", "Rule", "Log", "Count", "Confidence", "Title");
        findings.forEach(f -> summary.row(f.severity(), f.ruleId(), f.log(), f.occurrences(), f.confidence(), f.title()));
        printer.table(summary);
        for (Finding f : findings) {
            printer.info("");
            printer.info(f.severity() + " " + f.ruleId() + ": " + f.title() + " (" + f.log() + ", " + f.occurrences() + "x, confidence " + f.confidence() + ")");
            printer.info("  Cause: " + f.cause());
            printer.info("  Fix:   " + f.fix());
            if (!f.references().isEmpty()) {
                printer.info("  See:   " + String.join("; ", f.references()));
            }
            evidence(printer, "Evidence", f.evidence());
            evidence(printer, "Last seen", f.lastEvidence());
        }
    }

    private static void evidence(Printer printer, String label, List<Evidence> lines) {
        if (lines.isEmpty()) {
            return;
        }
        printer.info("  " + label + ":");
        for (Evidence e : lines) {
            String time = e.localTime() == null ? "" : " " + e.localTime();
            printer.info("    " + e.source() + ":" + e.line() + time + "  " + e.text().lines().findFirst().orElse(""));
        }
    }
}
