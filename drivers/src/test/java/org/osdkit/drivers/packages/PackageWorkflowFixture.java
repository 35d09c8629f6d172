package org.osdkit.drivers.packages;

import java.util.List;
import org.osdkit.drivers.catalog.SeedWorkflowFixture;

/** The seed's setup with the package use cases wired to it, and the R61's package request. */
public abstract class PackageWorkflowFixture extends SeedWorkflowFixture {

    protected CreateDriverPackage create() {
        return new CreateDriverPackage(storage.catalog(), storage.packages(), audit);
    }

    protected UpdateDriverPackage update() {
        return new UpdateDriverPackage(storage.catalog(), storage.packages(), audit);
    }

    protected PackageRequest r61(List<String> exclusions, boolean whatIf) {
        return new PackageRequest(PS1, R61, XP, share, List.of("R61-8935CTO"), List.of(), exclusions, null, "Lenovo R61 8935CTO, XP", whatIf);
    }
}
