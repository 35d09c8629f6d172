package org.osdkit.drivers.inf;

import java.nio.charset.StandardCharsets;

/** Builds INF files from text for tests. */
final class Infs {

    private Infs() {
    }

    static InfFile ascii(String text) {
        return InfFile.parse(text.getBytes(StandardCharsets.ISO_8859_1), "test.inf");
    }

    static InfFile utf16le(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return InfFile.parse(out, "test.inf");
    }

    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A minimal valid [Version] section for a PnP driver. */
    static final String VERSION = lines("[Version]", "Signature=\"$Windows NT$\"", "Class=Net", "ClassGuid={4d36e972-e325-11ce-bfc1-08002be10318}",
            "Provider=%Mfg%", "DriverVer=06/21/2023,1.2.3.4", "CatalogFile=test.cat", "PnpLockdown=1");
}
