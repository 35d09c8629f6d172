package org.osdkit.core.whatif;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ShouldProcess} of a what-if run: it declines every change and records it, so the operation
 * runs through its checks, changes nothing and leaves its plan here. One per run; not thread-safe.
 */
public final class WhatIfRecorder implements ShouldProcess {

    private final List<PlannedOperation> planned = new ArrayList<>();

    @Override
    public boolean shouldProcess(PlannedOperation change) {
        planned.add(change);
        return false;
    }

    @Override
    public boolean whatIf() {
        return true;
    }

    /** What was declined so far, in order. */
    public OperationPlan plan() {
        return new OperationPlan(planned);
    }
}
