package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic driver (an INF in UTF-16LE with BOM, its .sys and, when signed, its .cat) into a
 * folder. Made up for tests: the IDs look real, the binaries are a few bytes of text.
 */
public final class FakeDriver {

    private final String name;
    private String infName;
    private String className = "Net";
    private String classGuid = "{4d36e972-e325-11ce-bfc1-08002be10318}";
    private String provider = "Contoso";
    private String driverVer = "06/21/2010,1.0.0.0";
    private List<String> decorations = List.of("NTx86");
    private final List<String[]> models = new ArrayList<>();
    private boolean signed = true;
    private boolean bootStart;
    private String sysName;
    private String sysContent;
    private String extraVersion = "";

    private FakeDriver(String name) {
        this.name = name;
        this.infName = name + ".inf";
        this.sysName = name + ".sys";
        this.sysContent = "binary of " + name;
    }

    public static FakeDriver named(String name) {
        return new FakeDriver(name);
    }

    public FakeDriver infName(String n) {
        infName = n;
        return this;
    }

    public FakeDriver setupClass(String n, String guid) {
        className = n;
        classGuid = guid;
        return this;
    }

    public FakeDriver provider(String p) {
        provider = p;
        return this;
    }

    public FakeDriver driverVer(String v) {
        driverVer = v;
        return this;
    }

    /** TargetOSVersion decorations; none means an undecorated (legacy x86) models section. */
    public FakeDriver decorations(String... d) {
        decorations = List.of(d);
        return this;
    }

    /** A models line: description, hardware ID, compatible IDs. */
    public FakeDriver model(String description, String hardwareId, String... compatibleIds) {
        String[] line = new String[2 + compatibleIds.length];
        line[0] = description;
        line[1] = hardwareId;
        System.arraycopy(compatibleIds, 0, line, 2, compatibleIds.length);
        models.add(line);
        return this;
    }

    public FakeDriver unsigned() {
        signed = false;
        return this;
    }

    public FakeDriver bootStart() {
        bootStart = true;
        return this;
    }

    /** Shares a binary with another INF of the same folder. */
    public FakeDriver sys(String fileName, String content) {
        sysName = fileName;
        sysContent = content;
        return this;
    }

    /** Extra [Version] lines, e.g. to make two INFs differ. */
    public FakeDriver extraVersionLine(String line) {
        extraVersion = line + "\r\n";
        return this;
    }

    public String inf() {
        StringBuilder b = new StringBuilder();
        b.append(";\r\n; Synthetic test INF for ").append(name).append(" (made up for osdkit's tests)\r\n;\r\n");
        b.append("[Version]\r\nSignature=\"$Windows NT$\"\r\nClass=").append(className).append("\r\nClassGuid=").append(classGuid)
                .append("\r\nProvider=%Prov%\r\nDriverVer=").append(driverVer).append("\r\n");
        if (signed) {
            b.append("CatalogFile=").append(name).append(".cat\r\n");
        }
        b.append("PnpLockdown=1\r\n").append(extraVersion).append("\r\n");
        b.append("[SourceDisksNames]\r\n1 = %Disk%,,,\r\n\r\n[SourceDisksFiles]\r\n").append(sysName).append(" = 1\r\n\r\n");
        b.append("[DestinationDirs]\r\nDefaultDestDir = 12\r\n\r\n");
        b.append("[Manufacturer]\r\n%Prov% = Models");
        decorations.forEach(d -> b.append(", ").append(d));
        b.append("\r\n\r\n");
        List<String> sections = decorations.isEmpty() ? List.of("Models") : decorations.stream().map(d -> "Models." + d).toList();
        for (String section : sections) {
            b.append('[').append(section).append("]\r\n");
            for (int i = 0; i < models.size(); i++) {
                b.append("%Desc").append(i).append("% = Install, ").append(String.join(", ", List.of(models.get(i)).subList(1, models.get(i).length))).append("\r\n");
            }
            b.append("\r\n");
        }
        b.append("[Install.NT]\r\nCopyFiles = Install.Copy\r\n\r\n[Install.NT.Services]\r\nAddService = ").append(name)
                .append(", 0x00000002, Install.Service\r\n\r\n[Install.Service]\r\nServiceType = 1\r\nStartType = ").append(bootStart ? 0 : 3)
                .append("\r\nErrorControl = 1\r\nServiceBinary = %12%\\").append(sysName).append("\r\n\r\n[Install.Copy]\r\n").append(sysName).append("\r\n\r\n");
        b.append("[Strings]\r\nProv = \"").append(provider).append("\"\r\nDisk = \"").append(name).append(" disk\"\r\n");
        for (int i = 0; i < models.size(); i++) {
            b.append("Desc").append(i).append(" = \"").append(models.get(i)[0]).append("\"\r\n");
        }
        return b.toString();
    }

    /** Writes the INF and its files into {@code folder} (created when needed); returns the INF's path. */
    public Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            byte[] text = inf().getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = new byte[text.length + 2];
            bytes[0] = (byte) 0xFF;
            bytes[1] = (byte) 0xFE;
            System.arraycopy(text, 0, bytes, 2, text.length);
            Path inf = folder.resolve(infName);
            Files.write(inf, bytes);
            Files.writeString(folder.resolve(sysName), sysContent);
            if (signed) {
                Files.writeString(folder.resolve(name + ".cat"), "catalog of " + name + " " + driverVer);
            }
            return inf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
