package org.osdkit.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed's workflows against the sample estate, each one an osdkit command line run in this process
 * against the demo's own workspace (so they call the same use cases an admin's commands call). Progress
 * goes to stderr, the summary to stdout. Refusals the demo is built to provoke count as success.
 */
public final class DemoWorkflow {

    private static final String PXE_SHARE = "\\\\sccm01.contoso.com\\SMSPXEIMAGE$";

    private final SampleEstate estate;
    private final CommandRunner runner;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> summary = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private int step;

    private record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    public DemoWorkflow(Path folder, CommandRunner runner, PrintWriter out, PrintWriter err) {
        this.estate = new SampleEstate(folder);
        this.runner = runner;
        this.out = out;
        this.err = err;
    }

    public Path workspace() {
        return estate.workspace();
    }

    /** Writes the estate and runs the workflows; true when every step ended as the demo expects. */
    public boolean run() throws IOException {
        progress("Writing the sample estate into " + estate.root);
        estate.write();
        sites();
        drivers();
        smp();
        logs();
        printSummary();
        return unexpected.isEmpty();
    }

    private void sites() throws IOException {
        expect(0, "Importing the hierarchy (2 primaries, 3 secondaries)", "sites", "import", estate.hierarchy().toString());
        String state = estate.serviceState().toString();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String stop = "echo STOPPED> \"" + state + "\"";
        String start = "echo RUNNING> \"" + state + "\"";
        String query = (windows ? "type \"" : "cat \"") + state + "\"";
        Result changed = expect(0, "Changing SE1's description (SMS_EXECUTIVE stopped and started through the command service adapter)",
                "sites", "set-description", "--control-file", estate.controlFile("SE1").toString(), "--site", "SE1",
                "--description", "Brussels North", "--accept-unsupported", "--service-stop", stop, "--service-start", start, "--service-query", query);
        summary.add("Site SE1: " + (changed.code() == 0 ? firstLine(changed.out(), "Changed the description") : "description NOT changed"));
    }

    private void drivers() {
        String r61Package = null;
        for (SampleEstate.Model model : SampleEstate.MODELS) {
            String sources = estate.sources(model).toString();
            expect(0, "Scanning " + model.manufacturer() + " " + model.model() + " sources", "drivers", "scan", sources);
            expect(0, "Importing " + model.manufacturer() + " " + model.model() + " drivers", "drivers", "import", sources, "--category", model.category());
            List<String> create = new ArrayList<>(List.of("drivers", "package", "create", "--site", model.site(), "--manufacturer", model.manufacturer(),
                    "--model", model.model(), "--os", "XP", "--arch", "x86", "--share", estate.share().toString(), "--category", model.category()));
            if (model.sku() != null) {
                create.addAll(List.of("--sku", model.sku()));
            }
            Result created = expect(0, "Building the " + model.model() + " driver package", create.toArray(String[]::new));
            String id = packageId(created.out(), model.site());
            if (model.sku() != null && id != null) {
                r61Package = id;
                summary.add("Driver package " + id + " for " + model.manufacturer() + " " + model.model() + " " + model.sku() + " in "
                        + estate.share().resolve("SCCM_Driver_Packages").resolve("XP").resolve(model.category()));
            }
        }
        expect(0, "Adding the folder-backed distribution point dp01.contoso.com", "drivers", "dp", "add", "--name", "dp01.contoso.com", "--site", "PR1",
                "--share", estate.distributionPoint().toString());
        if (r61Package == null) {
            unexpected.add("no R61 package to distribute");
            return;
        }
        Result sent = expect(0, "Distributing " + r61Package + " to dp01.contoso.com", "drivers", "distribute", "--package", r61Package, "--dp", "dp01.contoso.com");
        summary.add("Distributed " + r61Package + " to dp01.contoso.com" + (sent.code() == 0 ? "" : ": FAILED"));
        Result pxe = expect(1, "Distributing " + r61Package + " to " + PXE_SHARE + " (osdkit must refuse)", "drivers", "distribute", "--package", r61Package,
                "--dp", PXE_SHARE);
        if (pxe.code() == 1 && pxe.err().contains("DRV-PXE-SHARE-REFUSED")) {
            summary.add("Refused, as expected: distribution of " + r61Package + " to " + PXE_SHARE + " [DRV-PXE-SHARE-REFUSED] (that share holds PXE boot images only)");
        } else {
            unexpected.add("the distribution to " + PXE_SHARE + " was not refused");
        }
    }

    private void smp() {
        expect(0, "Configuring the State Migration Point " + SampleEstate.SMP_SERVER, "smp", "settings", "set", "--server", SampleEstate.SMP_SERVER,
                "--site", "PR1", "--folder", "Directory=" + estate.smpStorage() + ";MaxClients=100;MinDiskSpace=1;MinDiskSpaceUnit=1;",
                "--delete-after", "14", "--cleanup-cycle-minutes", "1440");
        expect(0, "Importing the SMP's computer associations", "smp", "import", estate.associations().toString());
        expect(0, "Planning the SMP cleanup", "smp", "plan", "--all");
        // Store DEEP cannot be deleted, so a cleanup that deleted every other expired store still exits 1.
        boolean deep = !estate.notes.contains(SampleEstate.UNDELETABLE_MISSING);
        Result cleanup = expect(deep ? 1 : 0, "Running the SMP cleanup", "smp", "cleanup", "--force");
        summary.add("SMP cleanup: " + firstLine(cleanup.all(), " deleted (")
                + (deep ? " (store DEEP fails by design: its folders nest past the path length limit)" : ""));
    }

    private void logs() {
        Result diagnosed = expect(1, "Diagnosing the site system and client logs", "logs", "diagnose", estate.logs().toString());
        if (diagnosed.all().contains("SMP-CLEANUP-KB961269")) {
            summary.add("Logs: SMP-CLEANUP-KB961269 found in smpmgr.log - install hotfix KB961269 (the SMP cleanup aborts after the second expired store)");
        } else {
            unexpected.add("logs diagnose did not find KB961269");
        }
        for (String rule : List.of("SMP-HEALTHCHECK-HTTP-ERROR", "TS-APPLY-DRIVER-PACKAGE-80070057")) {
            if (diagnosed.all().contains(rule)) {
                summary.add("Logs: " + rule + " found");
            }
        }
    }

    private Result expect(int expected, String what, String... args) {
        progress(what);
        List<String> all = new ArrayList<>(List.of("--workspace", estate.workspace().toString()));
        all.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = runner.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        Result result = new Result(code, o.toString(), e.toString());
        if (code != expected) {
            unexpected.add(what + ": exit code " + code + " (expected " + expected + ")");
            err.println("    unexpected exit code " + code + ":");
            result.all().lines().limit(20).forEach(l -> err.println("    " + l));
        } else if (expected != 0) {
            err.println("    exit code " + code + ", as the demo expects");
        }
        err.flush();
        return result;
    }

    private void progress(String what) {
        err.println("[" + (++step) + "] " + what + " ...");
        err.flush();
    }

    private void printSummary() {
        out.println();
        out.println("osdkit demo: sample estate in " + estate.root);
        out.println("  workspace: " + estate.workspace() + " (use --workspace " + estate.workspace() + " to explore it)");
        summary.forEach(s -> out.println("  " + s));
        estate.notes.forEach(n -> out.println("  Note: " + n));
        if (unexpected.isEmpty()) {
            out.println("The demo ran as designed; the refusals and findings above are part of it.");
        } else {
            out.println("The demo did NOT run as designed:");
            unexpected.forEach(u -> out.println("  - " + u));
        }
        out.flush();
    }

    private static String packageId(String text, String site) {
        var m = java.util.regex.Pattern.compile("\\b" + site + "[0-9A-F]{5}\\b").matcher(text);
        return m.find() ? m.group() : null;
    }

    private static String firstLine(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().map(String::strip).orElse("(no line with \"" + containing + "\")");
    }

    /** Whether {@code folder} can take a demo: it does not exist yet, or is an empty folder. */
    public static boolean emptyOrAbsent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return Files.isDirectory(folder) && entries.findAny().isEmpty();
        }
    }
}
