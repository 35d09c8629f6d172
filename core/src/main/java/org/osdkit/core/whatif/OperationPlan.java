package org.osdkit.core.whatif;

import java.util.List;

/**
 * What an operation would do, in order: what a what-if run returns and a front-end prints (lines, a
 * table, JSON). Empty when there is nothing to do.
 *
 * @param operations the planned operations, in the order they would run
 */
public record OperationPlan(List<PlannedOperation> operations) {

    public OperationPlan {
        operations = List.copyOf(operations);
    }

    public static OperationPlan of(PlannedOperation... operations) {
        return new OperationPlan(List.of(operations));
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }

    public int size() {
        return operations.size();
    }

    /** One {@link PlannedOperation#whatIfLine()} per operation. */
    public List<String> whatIfLines() {
        return operations.stream().map(PlannedOperation::whatIfLine).toList();
    }
}
