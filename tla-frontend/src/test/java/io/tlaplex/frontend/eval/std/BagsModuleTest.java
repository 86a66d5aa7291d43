package io.tlaplex.frontend.eval.std;

import static io.tlaplex.frontend.eval.std.StdTesting.fcn;
import static io.tlaplex.frontend.eval.std.StdTesting.i;
import static io.tlaplex.frontend.eval.std.StdTesting.ints;
import static io.tlaplex.frontend.eval.std.StdTesting.op;
import static io.tlaplex.frontend.eval.std.StdTesting.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.TupleValue;
import io.tlaplex.frontend.value.Value;
import org.junit.jupiter.api.Test;

class BagsModuleTest {
    private final StdTesting t = new StdTesting();
    private final Value twoOnesOneTwo = fcn(i(1), i(2), i(2), i(1));

    @Test
    void shouldConvertBetweenSetsAndBags() {
        assertEquals(fcn(i(1), i(1), i(2), i(1)), t.call("Bags", "SetToBag", ints(1, 2)));
        assertEquals(ints(1, 2), t.call("Bags", "BagToSet", twoOnesOneTwo));
        assertEquals(TupleValue.EMPTY, t.call("Bags", "EmptyBag"));
    }

    @Test
    void shouldRecogniseBagsAndCountCopies() {
        assertSame(BoolValue.TRUE, t.call("Bags", "IsABag", twoOnesOneTwo));
        assertSame(BoolValue.FALSE, t.call("Bags", "IsABag", fcn(i(1), i(0))));
        assertSame(BoolValue.TRUE, t.call("Bags", "BagIn", i(2), twoOnesOneTwo));
        assertSame(BoolValue.FALSE, t.call("Bags", "BagIn", i(3), twoOnesOneTwo));
        assertEquals(i(2), t.call("Bags", "CopiesIn", i(1), twoOnesOneTwo));
        assertEquals(i(0), t.call("Bags", "CopiesIn", i(3), twoOnesOneTwo));
        assertEquals(i(3), t.call("Bags", "BagCardinality", twoOnesOneTwo));
    }

    @Test
    void shouldAddAndSubtractBagsUnderBothSpellings() {
        assertEquals(fcn(i(1), i(3), i(2), i(1)), t.call("Bags", "(+)", twoOnesOneTwo, fcn(i(1), i(1))));
        assertEquals(fcn(i(1), i(3), i(2), i(1)), t.call("Bags", "\\oplus", twoOnesOneTwo, fcn(i(1), i(1))));
        assertEquals(fcn(i(1), i(1)), t.call("Bags", "(-)", twoOnesOneTwo, fcn(i(1), i(1), i(2), i(5))));
        assertEquals(fcn(i(1), i(1)), t.call("Bags", "\\ominus", twoOnesOneTwo, fcn(i(1), i(1), i(2), i(5))));
    }

    @Test
    void shouldUniteSetsOfBagsAndCompareBags() {
        assertEquals(fcn(i(1), i(3), i(2), i(1)),
                t.call("Bags", "BagUnion", set(twoOnesOneTwo, fcn(i(1), i(1)))));
        assertSame(BoolValue.TRUE, t.call("Bags", "\\sqsubseteq", fcn(i(1), i(1)), twoOnesOneTwo));
        assertSame(BoolValue.FALSE, t.call("Bags", "\\sqsubseteq", fcn(i(1), i(3)), twoOnesOneTwo));
    }

    @Test
    void shouldListAllSubBagsIncludingTheEmptyOne() {
        assertEquals(set(TupleValue.EMPTY, fcn(i(1), i(1)), fcn(i(1), i(2))),
                t.call("Bags", "SubBag", fcn(i(1), i(2))));
    }

    @Test
    void shouldMapBagsAddingCopiesThatMeet() {
        OperatorArg parity = op("Parity", 1, a -> IntValue.of(((IntValue) a[0]).value() % 2));

        assertEquals(fcn(i(0), i(1), i(1), i(5)),
                t.call("Bags", "BagOfAll", parity, fcn(i(1), i(2), i(2), i(1), i(3), i(3))));
    }

    @Test
    void shouldRejectNonBagsAsTlcDoes() {
        assertEquals("Applying BagToSet to the following value,\nwhich is not a function with a finite domain:\n1",
                t.error("Bags", "BagToSet", i(1)));
        assertEquals("The second argument of CopiesIn should be a bag, but instead it is:\n1",
                t.error("Bags", "CopiesIn", i(1), i(1)));
        assertEquals("The first argument of (+) should be a bag, but instead it is:\n(2 :> 0)",
                t.error("Bags", "(+)", fcn(i(2), i(0)), twoOnesOneTwo));
        assertEquals("Applying BagUnion to the following value,\nwhich is not a finite enumerable set:\n1",
                t.error("Bags", "BagUnion", i(1)));
        assertEquals("The first argument of BagOfAll should be a operator, but instead it is:\n1",
                t.error("Bags", "BagOfAll", i(1), twoOnesOneTwo));
    }
}
