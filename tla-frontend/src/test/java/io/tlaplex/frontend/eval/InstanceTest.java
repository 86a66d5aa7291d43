package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** INSTANCE with explicit, implicit and parameterised substitutions, primes through substitutions, nesting. */
class InstanceTest {
    private static final String COUNTER = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            CONSTANT Step
            VARIABLE c
            Inc == c' = c + Step
            Get == c
            Big == c > 10
            ====
            """;

    private static List<String> successors(CompiledSpec spec) {
        Worker w = spec.newWorker();
        List<State> inits = new ArrayList<>();
        w.initialStates((s, a) -> inits.add(s));
        List<String> out = new ArrayList<>();
        w.successors(inits.get(0), (s, a) -> out.add(s + " " + spec.actionLabel(a)));
        return out;
    }

    @Test
    void shouldAssignAVariableThroughASubstitutionOfTheInstancesVariable() throws Exception {
        CompiledSpec spec = Specs.compile("INIT Init\nNEXT Next\n", """
                ---- MODULE Root ----
                EXTENDS Naturals
                VARIABLE x
                I == INSTANCE Counter WITH c <- x, Step <- 2
                Init == x = 1
                Next == I!Inc
                ====
                """, COUNTER);

        assertEquals(List.of("[3] <I!Inc line 5, col 8 to line 5, col 20 of module Counter>"), successors(spec));
    }

    @Test
    void shouldEvaluateSubstitutedExpressionsInTheNextStateWhenPrimed() throws Exception {
        CompiledSpec spec = Specs.compile("INIT Init\nNEXT Next\nINVARIANT Inv\n", """
                ---- MODULE Root ----
                EXTENDS Naturals
                VARIABLE x
                I == INSTANCE Counter WITH c <- x * 2, Step <- 1
                Init == x = 3
                Next == x' = x + 1 /\\ I!Get' = I!Get + 2
                Inv == ~I!Big
                ====
                """, COUNTER);

        Specs.Counts counts = Specs.bfs(spec);

        assertEquals(new Specs.Counts(4, 4, 4, "invariant Inv"), counts);
    }

    @Test
    void shouldSubstituteImplicitlyByNameForAnUnnamedInstance() throws Exception {
        CompiledSpec spec = Specs.compile("INIT Init\nNEXT Next\n", """
                ---- MODULE Root ----
                EXTENDS Naturals
                VARIABLE c
                Step == 5
                INSTANCE Counter
                Init == c = 0
                ====
                """.replace("Init == c = 0", "Init == c = 0\nNext == Inc"), COUNTER);

        assertEquals(List.of("[5] <Inc line 5, col 8 to line 5, col 20 of module Counter>"), successors(spec));
    }

    @Test
    void shouldBindTheParametersOfAParameterisedInstance() {
        String root = """
                ---- MODULE Root ----
                EXTENDS Naturals
                VARIABLE x
                P(k) == INSTANCE Counter WITH c <- k * 10, Step <- k
                Val == <<P(1)!Get, P(2)!Get, P(2)!Big>>
                ====
                """;

        assertEquals("<<10, 20, TRUE>>", Eval.valueOf(root, "Val", COUNTER).toString());
    }

    @Test
    void shouldComposeNestedInstances() {
        String middle = """
                ---- MODULE Middle ----
                EXTENDS Naturals
                CONSTANT K
                C == INSTANCE Counter WITH c <- K + 1, Step <- 0
                Twice == C!Get + C!Get
                ====
                """;
        String root = """
                ---- MODULE Root ----
                M == INSTANCE Middle WITH K <- 20
                Val == M!Twice
                ====
                """;

        assertEquals("42", Eval.valueOf(root, "Val", middle, COUNTER).toString());
    }

    @Test
    void shouldQuantifyEnabledOverTheNextValuesOfTheInstancesOwnVariables() throws Exception {
        CompiledSpec spec = Specs.compile("INIT Init\nNEXT Next\nINVARIANT Inv\n", """
                ---- MODULE Root ----
                EXTENDS Naturals
                VARIABLE x
                P == INSTANCE Pair WITH a <- x, b <- x
                S == INSTANCE Pair WITH a <- x * 2, b <- 0
                Init == x = 0
                Next == x < 3 /\\ x' = x + 1
                Inv == P!CanSplit /\\ S!CanGrow = (x < 2)
                ====
                """, """
                ---- MODULE Pair ----
                EXTENDS Naturals
                VARIABLES a, b
                CanSplit == ENABLED (a' = 1 /\\ b' = 2)
                CanGrow == ENABLED (a < 4 /\\ a' = a + 2 /\\ UNCHANGED b)
                ====
                """);

        Specs.Counts counts = Specs.bfs(spec);

        assertEquals(new Specs.Counts(4, 4, 4, "deadlock"), counts);
    }
}
