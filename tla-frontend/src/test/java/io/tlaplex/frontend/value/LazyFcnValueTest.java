package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fails;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LazyFcnValueTest {

    /** {@code fact[n \in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]}. */
    private static LazyFcnValue factorial() {
        LazyFcnValue[] self = new LazyFcnValue[1];
        self[0] = new LazyFcnValue(InfiniteSetValue.NAT, n -> ((IntValue) n).value() == 0 ? i(1)
                : Arith.times(n, self[0].apply(Arith.minus(n, i(1)))), "[n \\in Nat |-> fact(n)]");
        return self[0];
    }

    @Test
    void shouldEvaluateRecursiveFunctionsOverInfiniteDomains() {
        assertEquals(i(120), FcnOps.apply(factorial(), i(5)));
        assertNull(factorial().select(i(-1)));
        assertEquals("[n \\in Nat |-> fact(n)]", factorial().toString());
    }

    @Test
    void shouldReportArgumentOutsideInfiniteDomain() {
        assertEquals("Attempted to apply function:\n[n \\in Nat |-> fact(n)]\nto argument -1, which is not in "
                + "the domain of the function.", fails(() -> factorial().apply(i(-1))).getMessage());
    }

    @Test
    void shouldRememberExceptOnInfiniteDomains() {
        FcnValue patched = (FcnValue) FcnOps.except(factorial(), new Value[] {i(3)}, i(0));

        assertEquals(i(0), patched.apply(i(3)));
        assertEquals(i(24), patched.apply(i(4)));
    }

    @Test
    void shouldMaterializeFiniteDomainsForComparisonAndEncoding() {
        LazyFcnValue doubled = new LazyFcnValue(range(1, 3), n -> Arith.times(n, i(2)), "unused");

        assertEquals(tup(i(2), i(4), i(6)), doubled);
        assertEquals(0, doubled.compareTo(tup(i(2), i(4), i(6))));
        assertEquals(Fingerprint.of(tup(i(2), i(4), i(6)), 3), Fingerprint.of(doubled, 3));
        assertEquals("<<2, 4, 6>>", doubled.toString());
    }

    @Test
    void shouldRefuseToEncodeFunctionsOnInfiniteDomains() {
        assertEquals("TLC has found a state in which the value of a variable contains [n \\in Nat |-> fact(n)]",
                fails(() -> ValueCodec.toBytes(factorial())).getMessage());
    }
}
