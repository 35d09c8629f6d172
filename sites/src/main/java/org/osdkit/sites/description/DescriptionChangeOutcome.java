package org.osdkit.sites.description;

import java.util.List;
import org.osdkit.core.whatif.OperationPlan;

/**
 * What a description change did: the plan, and the recorded change when it was applied
 * ({@code null} for a what-if run, a change its {@link org.osdkit.core.whatif.ShouldProcess} declined, or
 * when the description already had the new value).
 *
 * @param plan    the checked plan ({@code null} when nothing needed to change)
 * @param applied the recorded change, or {@code null}
 * @param unchanged the site already had that description
 */
public record DescriptionChangeOutcome(DescriptionChangePlan plan, SiteChange applied, boolean unchanged) {

    /** The change as core's plan: its one {@link DescriptionChangePlan#operation()}, none when nothing needed to change. */
    public OperationPlan operations() {
        return plan == null ? new OperationPlan(List.of()) : OperationPlan.of(plan.operation());
    }
}
