package io.tlaplex.frontend.value;

import static io.tlaplex.frontend.value.Vals.fcn;
import static io.tlaplex.frontend.value.Vals.i;
import static io.tlaplex.frontend.value.Vals.range;
import static io.tlaplex.frontend.value.Vals.set;
import static io.tlaplex.frontend.value.Vals.tup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final long SEED = 0x1234_5678_9abc_def0L;

    private final Vals v = new Vals();

    private static long fp(Value value) {
        return Fingerprint.of(value, SEED);
    }

    @Test
    void shouldNotDependOnHowATupleWasBuilt() {
        assertEquals(fp(tup(i(1), i(2))), fp(FcnOps.fromDomain(range(1, 2), new Value[] {i(1), i(2)})));
        assertEquals(fp(tup(i(1), i(2))), fp(fcn(i(2), i(2), i(1), i(1))));
    }

    @Test
    void shouldNotDependOnSetElementOrder() {
        assertEquals(fp(set(i(2), i(1))), fp(set(i(1), i(2))));
    }

    @Test
    void shouldGiveIntervalAndEnumerationTheSameFingerprint() {
        assertEquals(fp(range(1, 3)), fp(set(i(1), i(2), i(3))));
        assertEquals(fp(range(3, 1)), fp(SetEnumValue.EMPTY));
    }

    @Test
    void shouldNotDependOnRecordFieldOrder() {
        assertEquals(fp(v.rec("a", i(1), "b", i(2))), fp(v.rec("b", i(2), "a", i(1))));
    }

    @Test
    void shouldGiveRecordAndFunctionOverStringsTheSameFingerprint() {
        assertEquals(fp(v.rec("a", i(1))), fp(fcn(v.s("a"), i(1))));
    }

    @Test
    void shouldNormalizeLazySetsBeforeFingerprinting() {
        assertEquals(fp(SetOps.powerset(set(i(1)))), fp(set(set(), set(i(1)))));
        assertEquals(fp(FcnOps.setOfFcns(set(i(1)), range(0, 1))), fp(set(tup(i(0)), tup(i(1)))));
        assertEquals(fp(new SetOpValue(SetOpValue.Op.CAP, InfiniteSetValue.NAT, range(-1, 1))), fp(set(i(0), i(1))));
    }

    @Test
    void shouldDistinguishEmptySetFromEmptySequence() {
        assertNotEquals(fp(SetEnumValue.EMPTY), fp(TupleValue.EMPTY));
    }

    @Test
    void shouldDistinguishManySmallValues() {
        Set<Long> seen = new HashSet<>();
        int count = 0;
        for (int a = -30; a <= 30; a++) {
            for (int b = -30; b <= 30; b++) {
                seen.add(fp(tup(i(a), i(b))));
                seen.add(fp(set(i(a), i(b + 1000))));
                count += 2;
            }
        }
        seen.add(fp(i(0)));
        seen.add(fp(v.s("0")));
        seen.add(fp(v.mv("m0")));

        assertEquals(count + 3, seen.size());
    }

    @Test
    void shouldDependOnTheSeed() {
        assertNotEquals(Fingerprint.of(i(7), 1), Fingerprint.of(i(7), 2));
    }

    @Test
    void shouldFingerprintStatesVariableByVariableInOrder() {
        Value[] state = {i(1), set(i(2))};
        StateFingerprinter fingerprinter = new StateFingerprinter(SEED);

        long f = fingerprinter.fingerprint(state);

        assertEquals(Fingerprint.ofState(state, SEED), f);
        assertNotEquals(f, fingerprinter.fingerprint(new Value[] {set(i(2)), i(1)}));
        assertNotEquals(f, fingerprinter.fingerprint(new Value[] {i(1), set(i(2)), i(1)}));
        assertEquals(fp(i(5)), fingerprinter.fingerprint(i(5)));
    }

    @Test
    void shouldNotDependOnTheRepresentationOfNestedFunctions() {
        FcnRcdValue byInterval = FcnRcdValue.ofInterval(0, new Value[] {v.rec("a", i(1)), tup()});
        FcnRcdValue byArray = fcn(i(1), fcn(), i(0), fcn(v.s("a"), i(1)));

        assertEquals(fp(byInterval), fp(byArray));
        assertEquals(fp(set(byInterval, tup(i(3)))), fp(set(FcnOps.fromDomain(range(1, 1), new Value[] {i(3)}),
                byArray)));
        assertEquals(fp(v.rec()), fp(tup()));
    }

    @Test
    void shouldDistinguishTheShapesOfEqualParts() {
        assertNotEquals(fp(tup(i(1), i(2))), fp(set(i(1), i(2))));
        assertNotEquals(fp(tup(tup(i(1)), i(2))), fp(tup(i(1), tup(i(2)))));
        assertNotEquals(fp(v.s("p")), fp(v.mv("p")));
        assertNotEquals(fp(fcn(i(2), i(1))), fp(fcn(i(1), i(2))));
        assertNotEquals(fp(set(set())), fp(set(tup())));
    }

    @Test
    void shouldRememberTheHashOfBuiltValues() {
        SetEnumValue s = set(v.rec("a", i(1)), tup(i(2), v.s("x")));

        long first = s.hash64();

        assertEquals(first, s.hash64());
        assertEquals(first, set(tup(i(2), v.s("x")), v.rec("a", i(1))).hash64());
    }

    @Test
    void shouldRejectStatesHoldingInfiniteSetsAsEncodingDoes() {
        Value[] state = {tup(InfiniteSetValue.NAT)};

        assertEquals("TLC has found a state in which the value of a variable contains Nat",
                Vals.fails(() -> new StateFingerprinter(SEED).fingerprint(state)).getMessage());
    }

    @Test
    void shouldNotAllocateWhenFingerprintingABuiltStateAfterWarmUp() {
        Value[] state = {
            i(123_456), v.s("leader"), v.mv("p"),
            set(i(1), i(2), i(3)), range(1, 50),
            v.rec("type", v.s("1b"), "bal", i(3), "acc", v.mv("p")),
            tup(tup(i(1), i(2)), set(v.mv("p"))),
            FcnOps.fromDomain(range(1, 3), new Value[] {BoolValue.TRUE, BoolValue.FALSE, BoolValue.TRUE}),
            fcn(v.mv("p"), set(), v.mv("q"), set(i(1))),
            SetOps.powerset(set(i(1), i(2)))
        };
        StateFingerprinter fingerprinter = new StateFingerprinter(SEED);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int k = 0; k < 20_000; k++) {
            sink += fingerprinter.fingerprint(state);
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 100_000; k++) {
            sink += fingerprinter.fingerprint(state);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(allocated < 4096, "allocated " + allocated + " bytes over 100000 fingerprints");
        assertEquals(fingerprinter.fingerprint(state) * 120_000L, sink);
    }
}
