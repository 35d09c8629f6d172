package org.osdkit.core.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    /** A domain operation as the pattern wants it: it names each change and asks before making it. */
    private static List<String> deleteStores(List<String> stores, ShouldProcess gate) {
        List<String> deleted = new ArrayList<>();
        for (String s : stores) {
            if (gate.shouldProcess(new PlannedOperation("Delete state store", s, "1,024 bytes"))) {
                deleted.add(s);
            }
        }
        return deleted;
    }

    @Test
    void aPlannedOperationReadsAsPowerShellsWhatIfLine() {
        assertEquals("What if: Performing the operation \"Delete state store\" on target \"\\\\SMP01\\SMPSTORE$\\S1\" (PC7, 1000 bytes).",
                new PlannedOperation("Delete state store", "\\\\SMP01\\SMPSTORE$\\S1", "PC7, 1000 bytes").whatIfLine());
        assertEquals("What if: Performing the operation \"Import site hierarchy\" on target \"h.yaml\".",
                PlannedOperation.of("Import site hierarchy", "h.yaml").whatIfLine());
        assertThrows(IllegalArgumentException.class, () -> PlannedOperation.of("Delete", " "));
        assertThrows(IllegalArgumentException.class, () -> PlannedOperation.of(null, "x"));
    }

    @Test
    void aWhatIfRunChangesNothingAndLeavesItsPlan() {
        WhatIfRecorder whatIf = new WhatIfRecorder();
        assertTrue(deleteStores(List.of("S1", "S2"), whatIf).isEmpty());
        assertTrue(whatIf.whatIf());
        OperationPlan plan = whatIf.plan();
        assertEquals(2, plan.size());
        assertEquals(List.of("S1", "S2"), plan.operations().stream().map(PlannedOperation::target).toList());
        assertEquals("What if: Performing the operation \"Delete state store\" on target \"S2\" (1,024 bytes).", plan.whatIfLines().get(1));
    }

    @Test
    void aRealRunMakesEveryChangeOrWhatTheGateAllows() {
        assertEquals(List.of("S1", "S2"), deleteStores(List.of("S1", "S2"), ShouldProcess.always()));
        assertFalse(ShouldProcess.always().whatIf());
        assertEquals(List.of("S2"), deleteStores(List.of("S1", "S2"), change -> change.target().equals("S2")));
    }

    @Test
    void aPlanIsAnImmutableValue() {
        List<PlannedOperation> ops = new ArrayList<>(List.of(PlannedOperation.of("A", "x")));
        OperationPlan plan = new OperationPlan(ops);
        ops.clear();
        assertEquals(1, plan.size());
        assertTrue(OperationPlan.of().isEmpty());
    }
}
