package org.osdkit.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.distribution.DistributePackage;
import org.osdkit.drivers.distribution.DistributionListener;
import org.osdkit.drivers.distribution.DistributionResult;

/** {@code osdkit drivers distribute} for the dashboard: what-if first, then the confirmed distribution, as the signed-in caller. */
final class DriversActions {

    private final ActingAs acting;

    DriversActions(ActingAs acting) {
        this.acting = acting;
    }

    /**
     * {@code POST /api/v1/drivers/packages/{id}/distribute}: {@code dps} and/or {@code groups}; without
     * {@code "confirm": true} the operations it would make, with it the result per distribution point.
     */
    void distribute(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        PackageId id = PackageId.of(ctx.pathParam("id"));
        List<String> dps = body.list("dps");
        List<String> groups = body.list("groups");
        if (dps.isEmpty() && groups.isEmpty()) {
            throw new org.osdkit.core.OsdkitException(WebErrors.INVALID_INPUT, "Name distribution points (\"dps\") or groups (\"groups\").");
        }
        DistributePackage distribute = acting.get(caller, DistributePackage.class);
        if (!body.yes("confirm")) {
            WhatIfRecorder plan = new WhatIfRecorder();
            distribute.distribute(id, dps, groups, plan, DistributionListener.NONE);
            Responses.json(ctx, Map.of("whatIf", true, "plan", plan.plan()));
            return;
        }
        List<DistributionResult> results = distribute.distribute(id, dps, groups, ShouldProcess.always(), DistributionListener.NONE);
        Responses.json(ctx, Map.of("whatIf", false, "results", results));
    }

    /**
     * {@code POST /api/v1/drivers/packages/{id}/redistribute}: {@code osdkit drivers redistribute}, the named {@code dps} or (none
     * named) every DP that is not up to date; without {@code "confirm": true} the operations it would make.
     */
    void redistribute(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        PackageId id = PackageId.of(ctx.pathParam("id"));
        List<String> dps = body.list("dps");
        DistributePackage distribute = acting.get(caller, DistributePackage.class);
        if (!body.yes("confirm")) {
            WhatIfRecorder plan = new WhatIfRecorder();
            distribute.redistribute(id, dps, plan, DistributionListener.NONE);
            Responses.json(ctx, Map.of("whatIf", true, "plan", plan.plan()));
            return;
        }
        List<DistributionResult> results = distribute.redistribute(id, dps, ShouldProcess.always(), DistributionListener.NONE);
        Responses.json(ctx, Map.of("whatIf", false, "results", results));
    }
}
