package org.osdkit.drivers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.osdkit.drivers.inf.InfFolder;

/** Catalog entries built the way an import builds them, from INFs written by {@link FakeDriver}. */
final class Details {

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private Details() {
    }

    static DriverDetail of(Path inf, Path root, String... categories) {
        InfFolder folder = InfFolder.of(inf.getParent());
        ScannedInf scanned = ScanDriverSources.scanInf(root, inf, folder);
        try {
            DriverIdentity identity = DriverIdentity.compute(inf, DriverIdentity.closure(scanned.inf(), folder), FileHasher.direct());
            return NewDriver.of(scanned, identity, root, List.of(categories), "tester", NOW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
