package org.osdkit.statemigration.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreStateTest {

    @Test
    void storeStateComesFromTheThreeDates() {
        Instant t = Instant.EPOCH;
        assertEquals(StoreState.ASSOCIATED, StoreState.of(null, null, null));
        assertEquals(StoreState.CAPTURED, StoreState.of(t, null, null));
        assertEquals(StoreState.RELEASED, StoreState.of(t, t, null));
        assertEquals(StoreState.DELETED, StoreState.of(t, t, t));
        for (List<Instant> odd : List.of(java.util.Arrays.asList(null, t, null), java.util.Arrays.asList(t, null, t),
                java.util.Arrays.asList(null, null, t), java.util.Arrays.asList(null, t, t))) {
            assertEquals(StoreState.INCONSISTENT, StoreState.of(odd.get(0), odd.get(1), odd.get(2)), odd.toString());
        }
    }
}
