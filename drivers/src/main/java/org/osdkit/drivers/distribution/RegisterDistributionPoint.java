package org.osdkit.drivers.distribution;

import java.nio.file.Files;
import java.util.List;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.SiteCode;
import org.osdkit.core.UncPath;
import org.osdkit.drivers.catalog.AuditTrail;
import org.osdkit.drivers.catalog.DriverErrors;

/** Registers distribution points and groups; a PXE boot-image share or a share that does not exist is refused. */
public final class RegisterDistributionPoint {

    private final DistributionStore store;
    private final AuditTrail audit;

    public RegisterDistributionPoint(DistributionStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public DistributionPoint register(String name, SiteCode site, UncPath share) {
        DistributionPoint point;
        try {
            point = new DistributionPoint(name, site, share);
        } catch (OsdkitException e) {
            audit.record("drivers.dp.add", name == null ? "?" : name, null, share.value(), "refused: " + e.getMessage());
            throw e;
        }
        if (!Files.isDirectory(share.toPath())) {
            throw new OsdkitException(DriverErrors.SHARE_NOT_FOUND, "The content share " + share + " of " + point.name() + " does not exist or cannot be reached.",
                    "Check the share name and that this account can write to it.");
        }
        store.addPoint(point);
        audit.record("drivers.dp.add", point.name(), null, "site " + site + ", share " + share, "ok");
        return point;
    }

    public void remove(String name) {
        if (!store.removePoint(name)) {
            throw new OsdkitException(DriverErrors.DP_NOT_FOUND, "There is no distribution point " + name + ".");
        }
        audit.record("drivers.dp.remove", name, name, null, "ok");
    }

    public DistributionPointGroup addToGroup(String group, List<String> members) {
        for (String m : members) {
            if (store.point(m).isEmpty()) {
                throw new OsdkitException(DriverErrors.DP_NOT_FOUND, "There is no distribution point " + m + " to add to the group " + group + ".",
                        "Register it first with 'osdkit drivers dp add'.");
            }
        }
        store.addToGroup(group, members);
        audit.record("drivers.dp.group.add", group, null, String.join(", ", members), "ok");
        return store.group(group).orElseThrow();
    }

    public DistributionPointGroup removeFromGroup(String group, List<String> members) {
        if (store.group(group).isEmpty()) {
            throw new OsdkitException(DriverErrors.DP_GROUP_NOT_FOUND, "There is no distribution point group " + group + ".");
        }
        store.removeFromGroup(group, members);
        audit.record("drivers.dp.group.remove", group, String.join(", ", members), null, "ok");
        return store.group(group).orElseThrow();
    }
}
