package org.osdkit.drivers.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osdkit.drivers.inf.InfFile;

/**
 * Recognises setup-based drivers ("hardware applications": Bluetooth stacks, fingerprint software,
 * card readers) and the silent command line to package them with, where the folder reveals one.
 */
final class InstallerDetector {

    record Installer(List<String> files, Optional<String> command) {
    }

    private static final Pattern SCRIPT = Pattern.compile("(install|setup|silent)[^.]*\\.(cmd|bat|ps1)");

    private InstallerDetector() {
    }

    /** True when the folder holds something that installs itself: a setup program, an MSI or a script. */
    static boolean hasInstaller(List<Path> files) {
        return files.stream().anyMatch(f -> isInstaller(f.getFileName().toString().toLowerCase(Locale.ROOT)));
    }

    private static boolean isInstaller(String lower) {
        return lower.equals("setup.exe") || lower.equals("install.exe") || lower.endsWith(".msi") || SCRIPT.matcher(lower).matches();
    }

    static Installer detect(List<Path> files, List<Path> infs) {
        List<String> found = new ArrayList<>();
        String setupExe = null;
        String msi = null;
        String script = null;
        boolean responseFile = false;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("setup.exe") || lower.equals("install.exe")) {
                setupExe = name;
                found.add(name);
            } else if (lower.endsWith(".msi")) {
                msi = msi == null ? name : msi;
                found.add(name);
            } else if (SCRIPT.matcher(lower).matches()) {
                script = script == null ? name : script;
                found.add(name);
            } else if (lower.equals("setup.iss")) {
                responseFile = true;
            }
        }
        Optional<String> autorun = infs.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase("autorun.inf"))
                .findFirst().flatMap(InstallerDetector::autorunCommand);
        return new Installer(found, command(setupExe, responseFile, msi, script, autorun));
    }

    private static Optional<String> command(String setupExe, boolean responseFile, String msi, String script, Optional<String> autorun) {
        if (msi != null) {
            return Optional.of("msiexec.exe /i \"" + msi + "\" /qn /norestart");
        }
        if (script != null) {
            return Optional.of(script.toLowerCase(Locale.ROOT).endsWith(".ps1")
                    ? "powershell.exe -NoProfile -ExecutionPolicy Bypass -File \"" + script + "\""
                    : "cmd.exe /c \"" + script + "\"");
        }
        if (setupExe != null && responseFile) {
            // An InstallShield recorded answer file next to setup.exe: the documented silent replay.
            return Optional.of(setupExe + " /s /f1\".\\setup.iss\"");
        }
        return autorun;
    }

    /** The {@code open=} command of an autorun.inf, which names the setup program the vendor starts. */
    private static Optional<String> autorunCommand(Path autorun) {
        try {
            InfFile inf = InfFile.parse(autorun);
            return inf.section("autorun").flatMap(s -> s.first("open")).map(l -> String.join(",", l.values()).strip()).filter(s -> !s.isEmpty());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
