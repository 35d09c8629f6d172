package org.osdkit.drivers.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.osdkit.drivers.inf.InfFolder;

/** Catalog entries built the way an import builds them, from INFs written by {@link FakeDriver}. */
public final class Details {

    public static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    private Details() {
    }

    public static DriverDetail of(Path inf, Path root, String... categories) {
        InfFolder folder = InfFolder.of(inf.getParent());
        ScanDriverSources.ParsedInf parsed = ScanDriverSources.parse(root, inf, folder);
        try {
            DriverIdentity identity = DriverIdentity.compute(inf, DriverIdentity.closure(parsed.inf(), folder), FileHasher.direct());
            return NewDriver.of(parsed.inf(), parsed.summary().relativePath(), identity, root, List.of(categories), "tester", NOW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
