package org.osdkit.sites.description;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osdkit.core.whatif.OperationPlan;
import org.osdkit.core.whatif.PlannedOperation;
import org.osdkit.core.whatif.ShouldProcess;
import org.osdkit.core.whatif.WhatIfRecorder;

/**
 * A description change names its operation through core's what-if mechanism: a what-if run records
 * exactly the operation the real run then asks about and performs, and a declined one touches nothing.
 */
class DescriptionChangeOperationsTest extends DescriptionChangeFixture {

    private DescriptionChangeRequest request(String description) {
        return new DescriptionChangeRequest(file, SE1, description, null, null, true, false);
    }

    /** A gate that says yes and remembers what it was asked. */
    private static ShouldProcess recording(List<PlannedOperation> asked) {
        return change -> asked.add(change);
    }

    @Test
    void theWhatIfPlanIsTheOperationTheRunAsksAboutAndPerforms() throws IOException {
        WhatIfRecorder whatIf = new WhatIfRecorder();
        DescriptionChangeOutcome planned = useCase(new LocalDisk()).run(request("Brussels North"), service, progress::add, whatIf);

        OperationPlan expected = OperationPlan.of(PlannedOperation.of("Set site description", "SE1 in " + file));
        assertEquals(expected, whatIf.plan());
        assertEquals(expected, planned.operations(), "the outcome carries the same plan");
        assertNull(planned.applied());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(List.of(), service.calls(), "a what-if gate makes it a what-if run: the service is not touched");
        assertEquals(List.of(), audit.entries);

        List<PlannedOperation> asked = new ArrayList<>();
        DescriptionChangeOutcome applied = useCase(new LocalDisk()).run(request("Brussels North"), service, progress::add, recording(asked));

        assertEquals(whatIf.plan().operations(), asked, "the run asks about exactly what the what-if run planned");
        assertNotNull(applied.applied());
        assertEquals("Brussels North", applied.applied().newValue());
        assertTrue(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("<Brussels North>"));
        assertEquals(expected, applied.operations());
    }

    @Test
    void aDeclinedChangeLeavesTheSiteTheHistoryAndTheAuditAlone() throws IOException {
        List<PlannedOperation> asked = new ArrayList<>();
        DescriptionChangeOutcome outcome = useCase(new LocalDisk()).run(request("Brussels North"), service, progress::add, change -> {
            asked.add(change);
            return false;
        });

        assertEquals(1, asked.size());
        assertNull(outcome.applied());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(List.of(), service.calls());
        assertEquals(List.of(), history.list(null, 10));
        assertTrue(history.attempt(1).isEmpty(), "nothing is recorded before the answer");
        assertEquals(List.of(), audit.entries);
    }

    @Test
    void aRevertsPlanNamesTheChangeItReverts() throws IOException {
        useCase(new LocalDisk()).run(request("Brussels North"), service, progress::add, ShouldProcess.always());
        RevertSiteDescription revert = new RevertSiteDescription(history, useCase(new LocalDisk()));
        WhatIfRecorder whatIf = new WhatIfRecorder();

        revert.run(1, null, null, true, whatIf, service, progress::add);

        assertEquals(OperationPlan.of(PlannedOperation.of("Revert site description change 1", "SE1 in " + file)), whatIf.plan());
        List<PlannedOperation> asked = new ArrayList<>();
        DescriptionChangeOutcome reverted = revert.run(1, null, null, true, recording(asked), service, progress::add);
        assertEquals(whatIf.plan().operations(), asked);
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(1L, reverted.applied().revertOf());
    }
}
