package org.osdkit.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.osdkit.core.OsdkitException;
import org.osdkit.core.PackageId;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;
import org.osdkit.drivers.distribution.DistributePackage;
import org.osdkit.drivers.distribution.DistributionListener;
import org.osdkit.drivers.distribution.DistributionResult;

/**
 * {@code osdkit drivers distribute} and {@code redistribute} for the dashboard (the JSON routes and the
 * package page's forms alike): what-if first, then the confirmed run, as the signed-in caller.
 */
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
        if (!body.yes("confirm")) {
            Responses.json(ctx, Map.of("whatIf", true, "plan", planDistribute(caller, id, dps, groups)));
            return;
        }
        Responses.json(ctx, Map.of("whatIf", false, "results", runDistribute(caller, id, dps, groups)));
    }

    /**
     * {@code POST /api/v1/drivers/packages/{id}/redistribute}: {@code osdkit drivers redistribute}, the named {@code dps} or (none
     * named) every DP that is not up to date; without {@code "confirm": true} the operations it would make.
     */
    void redistribute(Context ctx, Principal caller) {
        RequestBody body = RequestBody.of(ctx);
        PackageId id = PackageId.of(ctx.pathParam("id"));
        List<String> dps = body.list("dps");
        if (!body.yes("confirm")) {
            Responses.json(ctx, Map.of("whatIf", true, "plan", planRedistribute(caller, id, dps)));
            return;
        }
        Responses.json(ctx, Map.of("whatIf", false, "results", runRedistribute(caller, id, dps)));
    }

    OperationPlan planDistribute(Principal caller, PackageId id, List<String> dps, List<String> groups) {
        requireTargets(dps, groups);
        WhatIfRecorder plan = new WhatIfRecorder();
        acting.get(caller, DistributePackage.class).distribute(id, dps, groups, plan, DistributionListener.NONE);
        return plan.plan();
    }

    List<DistributionResult> runDistribute(Principal caller, PackageId id, List<String> dps, List<String> groups) {
        requireTargets(dps, groups);
        return acting.get(caller, DistributePackage.class).distribute(id, dps, groups, ShouldProcess.always(), DistributionListener.NONE);
    }

    OperationPlan planRedistribute(Principal caller, PackageId id, List<String> dps) {
        WhatIfRecorder plan = new WhatIfRecorder();
        acting.get(caller, DistributePackage.class).redistribute(id, dps, plan, DistributionListener.NONE);
        return plan.plan();
    }

    List<DistributionResult> runRedistribute(Principal caller, PackageId id, List<String> dps) {
        return acting.get(caller, DistributePackage.class).redistribute(id, dps, ShouldProcess.always(), DistributionListener.NONE);
    }

    private static void requireTargets(List<String> dps, List<String> groups) {
        if (dps.isEmpty() && groups.isEmpty()) {
            throw new OsdkitException(WebErrors.INVALID_INPUT, "Name distribution points (\"dps\") or groups (\"groups\").");
        }
    }
}
