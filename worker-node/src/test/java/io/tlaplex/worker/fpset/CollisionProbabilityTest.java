package io.tlaplex.worker.fpset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CollisionProbabilityTest {

    @Test
    void shouldComputeDistinctTimesDuplicatesOverTwoToThe64() {
        double probability = CollisionProbability.optimistic(252_932, 4_612_656);

        assertEquals(252_932.0 * (4_612_656 - 252_932) / Math.pow(2, 64), probability, 1e-22);
    }

    @Test
    void shouldFormatAsTlcDoesWithTwoSignificantDigits() {
        assertEquals("6.0E-8", CollisionProbability.format(CollisionProbability.optimistic(252_932, 4_612_656)));
        assertEquals("1.4E-15", CollisionProbability.format(CollisionProbability.optimistic(52, 561)));
        assertEquals("5.5E-9", CollisionProbability.format(CollisionProbability.optimistic(212_675, 693_352)));
        assertEquals("0.0", CollisionProbability.format(CollisionProbability.optimistic(7, 7)));
    }

    @Test
    void shouldPrintTlcsClosingLine() {
        assertEquals("  calculated (optimistic):  val = 1.4E-15", CollisionProbability.optimisticLine(52, 561));
    }

    @Test
    void shouldRejectMoreDistinctThanGeneratedStates() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CollisionProbability.optimistic(5, 4));

        assertEquals("need 0 <= distinct <= generated: 5, 4", error.getMessage());
    }
}
