package org.osdkit.drivers.inf;

import java.util.List;

/**
 * One device line of a models section: {@code description = install-section, hw-id[, compatible-id...]}.
 *
 * @param manufacturer   the manufacturer name, tokens substituted
 * @param modelsSection  the models section it was read from, e.g. {@code Standard.NTamd64.10.0...16299}
 * @param decoration     that section's TargetOSVersion decoration, or {@code null} when undecorated
 * @param description    device description, tokens substituted
 * @param installSection the install section as named (undecorated; see {@link InfFile#installSection})
 * @param hardwareId     the hardware ID as written; empty when the line names only compatible IDs ({@code %D% = Inst,, CID})
 * @param compatibleIds  compatible IDs as written, in order
 * @param line           the line it was read from
 */
public record ModelEntry(String manufacturer, String modelsSection, TargetOsVersion decoration, String description,
                         String installSection, String hardwareId, List<String> compatibleIds, int line) {

    public ModelEntry {
        hardwareId = hardwareId == null ? "" : hardwareId;
        compatibleIds = List.copyOf(compatibleIds);
    }

    /** The platform this entry installs on: its decoration's, x86 when none is named, empty for a template placeholder. */
    public java.util.Optional<InfPlatform> platform() {
        if (decoration == null) {
            return java.util.Optional.of(InfPlatform.X86);
        }
        if (decoration.placeholder()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(decoration.platform() == null ? InfPlatform.X86 : decoration.platform());
    }

    /** The hardware ID (when there is one) and the compatible IDs, in the line's order. */
    public List<String> ids() {
        List<String> out = new java.util.ArrayList<>();
        if (!hardwareId.isEmpty()) {
            out.add(hardwareId);
        }
        out.addAll(compatibleIds);
        return out;
    }
}
