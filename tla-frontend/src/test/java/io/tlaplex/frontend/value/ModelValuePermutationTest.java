package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValuePermutationTest {
    private final Vals v = new Vals();
    private final ModelValue p = v.mv("p");
    private final ModelValue q = v.mv("q");
    private final ModelValue r = v.mv("r");
    private final ModelValuePermutation swap = ModelValuePermutation.of(Map.of(p, q, q, p));

    @Test
    void shouldMapModelValuesAndFixOthers() {
        assertSame(q, swap.apply(p));
        assertSame(r, swap.apply(r));
    }

    @Test
    void shouldPermuteDeeplyAndRenormalize() {
        Value state = tup(set(p, r), v.rec("owner", p, "n", i(1)), fcn(p, i(1), q, i(2)));

        Value permuted = state.permute(swap);

        assertEquals(tup(set(q, r), v.rec("owner", q, "n", i(1)), fcn(q, i(1), p, i(2))), permuted);
        assertEquals("<<{q, r}, [owner |-> q, n |-> 1], (p :> 2 @@ q :> 1)>>", permuted.toString());
    }

    @Test
    void shouldReturnTheSameInstanceWhenNothingChanges() {
        Value untouched = tup(set(i(1), r), v.rec("a", v.s("x")));

        assertSame(untouched, untouched.permute(swap));
    }

    @Test
    void shouldGiveEqualFingerprintsToSymmetricStatesAfterPermutation() {
        Value s1 = set(tup(p, i(1)), tup(q, i(2)));
        Value s2 = set(tup(q, i(1)), tup(p, i(2)));

        assertEquals(Fingerprint.of(s1.permute(swap), 7), Fingerprint.of(s2, 7));
    }

    @Test
    void shouldBuildPermutationsFromTlaFunctions() {
        ModelValuePermutation rotate = ModelValuePermutation.fromFunction(fcn(p, q, q, r, r, p));

        assertSame(r, rotate.apply(q));
        assertEquals("A symmetry permutation must map model values to model values, but it is:\n<<2>>",
                fails(() -> ModelValuePermutation.fromFunction(tup(i(2)))).getMessage());
    }
}
