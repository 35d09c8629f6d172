package org.osdkit.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osdkit.drivers.inf.InfFile;
import org.osdkit.drivers.inf.InfValue;
import org.osdkit.drivers.inf.SourceFile;

/**
 * Vendor driver sources for one hardware model, as a vendor's download unpacks: real INF drivers from the
 * project's licensed corpora (resources {@code corpus/}, see its PROVENANCE.txt), one that installs on XP x86
 * and one for x64 only (which the XP x86 package leaves out, saying why), each folder with its license and
 * provenance, and a "bad" driver that is only a setup.exe (a hardware application, never imported as a driver).
 * The corpora hold INF text only: the payload the INFs name (.sys, .dll, .cat) is written as small placeholders.
 */
final class DemoDrivers {

    /** Where a model's driver comes from: the INF's corpus path and the license file that covers it. */
    record CorpusInf(String folder, String inf, String license) {
    }

    static final String PLACEHOLDER = "placeholder written by osdkit demo: the corpus holds the INF only, not this file";

    private static final String KVM = "kvm-guest-drivers-windows/";
    private static final String WDS = "Windows-driver-samples/";

    private DemoDrivers() {
    }

    /** Per model, by manufacturer: the XP x86 driver, then the x64-only one. Different INFs, so three different catalog drivers. */
    static List<CorpusInf> infs(SampleEstate.Model model) {
        return switch (model.manufacturer()) {
            case "Lenovo" -> List.of(new CorpusInf("Serial", KVM + "pciserial/qemupciserial.inf", KVM + "pciserial/LICENSE.txt"),
                    new CorpusInf("PowerLimit", WDS + "powerlimit/plpolicy/plpolicy.inf", WDS + "LICENSE.txt"));
            case "Dell" -> List.of(new CorpusInf("Serial", KVM + "pciserial/rhel/qemupciserial.inf", KVM + "pciserial/LICENSE.txt"),
                    new CorpusInf("Disk", WDS + "storage/class/disk/src/diskdev.inf", WDS + "LICENSE.txt"));
            default -> List.of(new CorpusInf("FwCfg", KVM + "fwcfg/qemufwcfg.inf", KVM + "fwcfg/LICENSE.txt"),
                    new CorpusInf("Display", WDS + "video/KMDOD/Sample/sampledisplay.inf", WDS + "LICENSE.txt"));
        };
    }

    /** @return the placeholder files written, relative to {@code root} */
    static List<String> write(Path root, SampleEstate.Model model) throws IOException {
        List<String> placeholders = new java.util.ArrayList<>();
        for (CorpusInf source : infs(model)) {
            Path folder = Files.createDirectories(root.resolve(source.folder()));
            byte[] inf = resource(source.inf());
            String name = source.inf().substring(source.inf().lastIndexOf('/') + 1);
            Files.write(folder.resolve(name), inf);
            Files.write(folder.resolve("LICENSE.txt"), resource(source.license()));
            Files.writeString(folder.resolve("PROVENANCE.txt"), String.join("\r\n",
                    name + " is shared/corpus/" + source.inf() + " of the osdkit project, unchanged; LICENSE.txt is its license.",
                    "Upstream and commit: see the corpus's PROVENANCE.txt (osdkit cli resources org/osdkit/cli/demo/corpus/PROVENANCE.txt).",
                    "Every other file in this folder is a placeholder written by osdkit demo: the corpus holds the INF only.", ""));
            for (String payload : payload(InfFile.parse(inf, name))) {
                Path file = folder.resolve(payload.replace('\\', '/'));
                if (!Files.exists(file)) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, PLACEHOLDER + " (" + model.manufacturer() + " " + model.model() + ")\r\n");
                    placeholders.add(root.relativize(file).toString());
                }
            }
        }
        Path card = Files.createDirectories(root.resolve("CardReader"));
        Files.writeString(card.resolve("setup.exe"), "MZ placeholder written by osdkit demo: not a program");
        Files.writeString(card.resolve("setup.iss"), "[InstallShield Silent]\r\nVersion=v7.00\r\n");
        return placeholders;
    }

    /** The files import needs beside the INF: its catalogs (CatalogFile) and what its copy sections copy (SourceDisksFiles). */
    static Set<String> payload(InfFile inf) {
        Set<String> files = new LinkedHashSet<>();
        for (InfValue catalog : inf.version().catalogFiles().values()) {
            files.add(catalog.text());
        }
        for (SourceFile f : inf.sourceFiles()) {
            files.add(f.relativePath());
        }
        return files;
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoDrivers.class.getResourceAsStream("corpus/" + path)) {
            if (in == null) {
                throw new IllegalStateException("the demo's corpus file " + path + " is missing from osdkit's cli module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
