package org.osdkit.drivers.catalog;

import java.util.List;
import org.osdkit.drivers.inf.InfFinding;

/**
 * What an import did with one INF.
 *
 * @param relativePath the INF relative to the import's source folder
 * @param outcome      imported, unchanged, categories changed, refused or failed
 * @param driverHash   the driver's identity, or {@code null} when it was refused or failed before hashing
 * @param name         the driver's name (first device description) or the INF's file name
 * @param reason       why it was refused or failed, or {@code null}
 * @param findings     lint findings other than INFO
 */
public record ImportedInf(String relativePath, ImportOutcome outcome, String driverHash, String name, String reason, List<InfFinding> findings) {

    public ImportedInf {
        findings = List.copyOf(findings);
    }
}
