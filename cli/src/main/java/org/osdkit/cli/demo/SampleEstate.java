package org.osdkit.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample estate on disk: a ConfigMgr 2007 hierarchy (site control files and inboxes), driver sources
 * for three hardware models, a State Migration Point with stores in every state, and site system logs
 * with the seed's failures. Everything is synthetic, made for osdkit's demo.
 */
final class SampleEstate {

    static final String SMP_SERVER = "SMP01";
    static final String SMP_SHARE = "SMPSTOREE_B2DE4AB0$";

    /** One site of the hierarchy; {@code parent} is null for a primary without parent. */
    record Site(String code, String name, String parent) {
    }

    /** One hardware model: where its drivers come from and which site's package it becomes. */
    record Model(String manufacturer, String model, String sku, String category, String site) {
    }

    static final List<Site> SITES = List.of(
            new Site("PR1", "Primary Antwerp", null),
            new Site("PR2", "Primary Ghent", null),
            new Site("SE1", "Brussels Secondary", "PR1"),
            new Site("SE2", "Mechelen Secondary", "PR1"),
            new Site("SE3", "Bruges Secondary", "PR2"));

    static final List<Model> MODELS = List.of(
            new Model("Lenovo", "R61", "8935CTO", "R61-8935CTO", "PR1"),
            new Model("Dell", "Latitude D630", null, "D630", "PR1"),
            new Model("HP", "Compaq 6910p", null, "6910p", "PR2"));

    final Path root;

    SampleEstate(Path root) {
        this.root = root;
    }

    Path workspace() {
        return root.resolve("workspace");
    }

    /** The package share: vendor sources under _OriginalSources_, packages under SCCM_Driver_Packages. */
    Path share() {
        return root.resolve("share");
    }

    Path sources(Model model) {
        return share().resolve("_OriginalSources_").resolve("XP").resolve(model.category());
    }

    Path distributionPoint() {
        return root.resolve("dp01");
    }

    Path hierarchy() {
        return root.resolve("sites").resolve("hierarchy.yaml");
    }

    Path controlFile(String site) {
        return root.resolve("sites").resolve(site).resolve("SCCM/Inboxes/SiteCtrl.box/sitectrl.ct0");
    }

    /** The file the demo's service commands read and write: the SMS Executive's state, played by a file. */
    Path serviceState() {
        return root.resolve("sites").resolve("SE1").resolve("sms_executive.state");
    }

    Path smpStorage() {
        return root.resolve("smp").resolve("USMT");
    }

    Path associations() {
        return root.resolve("smp").resolve("associations.csv");
    }

    Path logs() {
        return root.resolve("logs");
    }

    /** Notes for the summary: what the demo had to fake (placeholder binaries, a store it cannot make undeletable). */
    final List<String> notes = new ArrayList<>();

    void write() throws IOException {
        Files.createDirectories(root);
        writeSites();
        int placeholders = 0;
        for (Model model : MODELS) {
            placeholders += DemoDrivers.write(sources(model), model).size();
        }
        notes.add("the vendor driver sources are real INFs from osdkit's licensed corpora (virtio-win, Windows-driver-samples; LICENSE.txt and"
                + " PROVENANCE.txt beside each); the " + placeholders + " payload files they name (.sys, .dll, .cat) are small placeholders the demo"
                + " wrote, since the corpora hold INF text only");
        Files.createDirectories(distributionPoint());
        writeSmp();
        DemoLogs.write(logs());
    }

    private void writeSites() throws IOException {
        StringBuilder yaml = new StringBuilder("# The demo's ConfigMgr 2007 hierarchy (synthetic).\n");
        String template;
        try (InputStream in = SampleEstate.class.getResourceAsStream("cm2007-site.ct0")) {
            template = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .replace("Brussels Secondary", "@NAME@").replace("PR1", "@PARENT@").replace("SE1", "@CODE@");
        }
        for (Site site : SITES) {
            yaml.append("- {code: ").append(site.code()).append(", name: ").append(site.name())
                    .append(site.parent() == null ? ", type: primary, version: 4.00.6487.2000" : ", type: secondary, parent: " + site.parent())
                    .append(", server: ").append(site.code()).append("SRV01}\n");
            Path file = controlFile(site.code());
            Files.createDirectories(file.resolveSibling("incoming"));
            Files.createDirectories(file.resolveSibling("history"));
            String text = template.replace("@NAME@", site.name()).replace("@PARENT@", site.parent() == null ? "" : site.parent())
                    .replace("@CODE@", site.code());
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        }
        Files.writeString(hierarchy(), yaml);
        Files.writeString(serviceState(), "RUNNING\n");
    }

    /**
     * Stores in every state: released long ago (expired), released but inside the 14-day delay, captured
     * and never restored, a folder no association names (orphaned) and one the cleanup cannot delete: a
     * store with folders nested past the operating system's path length limit.
     */
    private void writeSmp() throws IOException {
        Path share = Files.createDirectories(smpStorage().resolve(SMP_SHARE));
        StringBuilder csv = new StringBuilder("#TYPE IResultObject#SMS_StateMigration\r\n"
                + "\"SourceClientResourceID\",\"RestoreClientResourceID\",\"SourceName\",\"RestoreName\",\"MigrationID\","
                + "\"StoreCreationDate\",\"StoreReleaseDate\",\"StoreDeletionDate\",\"StorePath\"\r\n");
        String[][] stores = {
            {"ACCOUNTING-WS-0042", "20090201000000.000000+000", "S0"},
            {"ENGINEERING-LT-7", "20090202000000.000000+000", "S1"},
            {"SALES-PC-0815", "20090203000000.000000+000", "S2"},
            {"RECEPTION1", "29990101000000.000000+000", "RECENT"},
            {"HR-PC2", "00000000000000.000000+***", "NEVER"},
            {"LAB-PC9", "20090204000000.000000+000", "DEEP"},
        };
        for (int i = 0; i < stores.length; i++) {
            String name = stores[i][2];
            if (name.equals("DEEP")) {
                deepStore(share.resolve(name));
            } else {
                store(share, name, 4096 + 1024 * i);
            }
            int id = 16_777_216 + i;
            csv.append("\"").append(id).append("\",\"").append(id).append("\",\"").append(stores[i][0]).append("\",\"").append(stores[i][0])
                    .append("\",\"MID").append(id).append("\",\"20090101000000.000000+000\",\"").append(stores[i][1])
                    .append("\",\"00000000000000.000000+***\",\"\\\\").append(SMP_SERVER).append("\\").append(SMP_SHARE).append("\\")
                    .append(name).append("\"\r\n");
        }
        store(share, "ORPHANED", 1024);
        Files.writeString(associations(), csv);
    }

    /**
     * Expired, but with a folder chain longer than PATH_MAX inside, which a real cleanup fails to delete.
     * Java cannot create it (every call takes the whole path), so the shell builds it one relative step at
     * a time; where there is no shell the store is a plain one and the notes say so.
     */
    private void deepStore(Path store) throws IOException {
        store(store.getParent(), store.getFileName().toString(), 2048);
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        if (!windows) {
            String name = "d".repeat(200);
            try {
                // Prints how many levels it made: a cd past PATH_MAX fails in some shells after the last mkdir succeeded.
                Process p = new ProcessBuilder("sh", "-c", "cd \"$1\" || exit 1; n=0; for i in $(seq 1 25); do mkdir " + name + " || break; n=$((n+1)); cd " + name
                        + " || break; done; echo $n", "sh", store.toString()).start();
                String levels = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
                p.waitFor();
                if (levels.matches("\\d+") && store.toString().length() + Integer.parseInt(levels) * (name.length() + 1) > 4096) {
                    return;
                }
            } catch (IOException e) {
                // falls through to the note
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        notes.add(UNDELETABLE_MISSING);
    }

    static final String UNDELETABLE_MISSING = "could not make store DEEP undeletable here (no sh, or Windows): the cleanup deletes it";

    private static void store(Path share, String name, int bytes) {
        try {
            Path usmt = Files.createDirectories(share.resolve(name).resolve("USMT"));
            Files.write(usmt.resolve("USMT.MIG"), new byte[bytes]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
