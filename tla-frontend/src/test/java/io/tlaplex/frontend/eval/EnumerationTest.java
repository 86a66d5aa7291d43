package io.tlaplex.frontend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Initial states and successors are generated as TLC generates them, duplicates included. */
class EnumerationTest {

    private static String module(String body) {
        return "---- MODULE M ----\nEXTENDS Naturals, Sequences\nVARIABLES x, y\n" + body + "\n====\n";
    }

    private static CompiledSpec spec(String body) throws Exception {
        return Specs.compile("INIT Init\nNEXT Next\n", module(body));
    }

    private static List<String> init(CompiledSpec spec) {
        List<String> out = new ArrayList<>();
        spec.newWorker().initialStates((s, a) -> out.add(s.toString()));
        return out;
    }

    /** The successors of the first initial state. */
    private static List<String> next(CompiledSpec spec) {
        Worker w = spec.newWorker();
        List<State> inits = new ArrayList<>();
        w.initialStates((s, a) -> inits.add(s));
        List<String> out = new ArrayList<>();
        w.successors(inits.get(0), (s, a) -> out.add(s.toString()));
        return out;
    }

    @Test
    void shouldEnumerateInitialAssignmentsMembershipAndDisjunctions() throws Exception {
        CompiledSpec spec = spec("Init == x \\in 1..3 /\\ (y = 0 \\/ y = 1)\nNext == UNCHANGED <<x, y>>");

        assertEquals(6, init(spec).size());
    }

    @Test
    void shouldFilterInitialStatesByConditionsOnAssignedVariables() throws Exception {
        CompiledSpec spec = spec("Init == \\E i \\in 1..4 : x = i /\\ x % 2 = 0 /\\ y = x\nNext == UNCHANGED <<x, y>>");

        assertEquals(List.of("[2, 2]", "[4, 4]"), init(spec));
    }

    @Test
    void shouldEvaluateRemainingInitConjunctsAsBooleansOnceAllVariablesAreAssigned() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0 /\\ (TRUE \\/ TRUE)\nNext == UNCHANGED <<x, y>>");

        assertEquals(1, init(spec).size());
    }

    @Test
    void shouldGenerateOneStatePerTrueDisjunctWhileVariablesRemainUnassigned() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == (TRUE \\/ TRUE) /\\ x' = 1 /\\ y' = 2");

        assertEquals(List.of("[1, 2]", "[1, 2]"), next(spec));
    }

    @Test
    void shouldEvaluateRemainingConjunctsAsBooleansOnceAllPrimedVariablesAreAssigned() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == x' = 1 /\\ y' = 2 /\\ (TRUE \\/ TRUE)");

        assertEquals(List.of("[1, 2]"), next(spec));
    }

    @Test
    void shouldTestEqualityAndMembershipWhenThePrimedVariableIsAlreadyAssigned() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == x' \\in 1..3 /\\ x' \\in {2, 3} /\\ x' = 3 "
                + "/\\ y' = y");

        assertEquals(List.of("[3, 0]"), next(spec));
    }

    @Test
    void shouldAssignUnchangedVariablesThroughTuplesAndDefinitions() throws Exception {
        CompiledSpec spec = spec("vars == <<x, y>>\nInit == x = 0 /\\ y = 5\nNext == UNCHANGED vars");

        assertEquals(List.of("[0, 5]"), next(spec));
    }

    @Test
    void shouldEnumerateExistentialQuantifiersWithTuplePatterns() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == \\E <<a, b>> \\in {<<1, 2>>, <<3, 4>>} : "
                + "x' = a /\\ y' = b");

        assertEquals(List.of("[1, 2]", "[3, 4]"), next(spec));
    }

    @Test
    void shouldFollowIfAndCaseInsideActions() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == /\\ IF x = 0 THEN x' = 1 ELSE x' = 2\n"
                + "        /\\ CASE x = 1 -> y' = 1 [] OTHER -> y' \\in {7, 8}");

        assertEquals(List.of("[1, 7]", "[1, 8]"), next(spec));
    }

    @Test
    void shouldExpandOperatorsWithArgumentsAndLetInsideActions() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nSet(v, e) == v' = e\n"
                + "A(n) == LET m == n + 1 IN Set(x, m) /\\ Set(y, m * 2)\nNext == A(1) \\/ A(2)");

        assertEquals(List.of("[2, 4]", "[3, 6]"), next(spec));
    }

    @Test
    void shouldTreatBoxAndAngleActionsAsTlcDoes() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == [x' = 0 /\\ y' = 0]_<<x, y>> \\/ "
                + "<<x' = 0 /\\ y' = 1>>_<<x, y>>");

        assertEquals(List.of("[0, 0]", "[0, 0]", "[0, 1]"), next(spec));
    }

    @Test
    void shouldRejectASuccessorThatLeavesAVariableUnassigned() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == x' = 1");

        EvalError e = assertThrows(EvalError.class, () -> next(spec));

        assertEquals("Successor state is not completely specified by the next-state action. The following variable "
                + "is not defined: y.", e.getMessage());
        assertEquals(EvalError.EXIT_SPEC_EVAL, e.exitCode());
    }

    @Test
    void shouldNameTheActionWhenSeveralLeaveVariablesUnassigned() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nA == x' = 1\nB == x' = 2 /\\ y' = 2\nNext == A \\/ B");

        EvalError e = assertThrows(EvalError.class, () -> next(spec));

        assertEquals("Successor state is not completely specified by action A of the next-state relation. The "
                + "following variable is not defined: y.", e.getMessage());
    }

    @Test
    void shouldRejectANonEnumerableRightSideOfIn() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == x' \\in Nat /\\ y' = 0");

        EvalError e = assertThrows(EvalError.class, () -> next(spec));

        assertEquals("In computing next states, the right side of \\IN is not enumerable.", e.getMessage());
    }

    @Test
    void shouldRejectANonBooleanGuard() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == x + 1 /\\ x' = 0 /\\ y' = 0");

        EvalError e = assertThrows(EvalError.class, () -> next(spec));

        assertEquals("In computing next states, TLC expected a boolean expression,\nbut instead found 1.",
                e.getMessage());
        assertEquals(5, e.span().line());
    }

    @Test
    void shouldRejectReadingAnUnassignedPrimedVariable() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nNext == y' = x' /\\ x' = 0");

        EvalError e = assertThrows(EvalError.class, () -> next(spec));

        assertEquals("In evaluation, the identifier x is either undefined or not an operator.", e.getMessage());
    }

    @Test
    void shouldSplitNextIntoTlcActionsWithArgumentValuesInTheirLabels() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nInc(i) == x' = x + i /\\ y' = y\n"
                + "Next == \\E i \\in {1, 2} : Inc(i)");

        assertEquals(2, spec.actionCount());
        assertEquals("<Inc(1) line 5, col 11 to line 5, col 30 of module M>", spec.actionLabel(1));
        assertEquals("<Inc(2) line 5, col 11 to line 5, col 30 of module M>", spec.actionLabel(2));
    }

    @Test
    void shouldRequireEveryElementOfAUniversalQuantifierInAnAction() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nB(q) == q = 1 \\/ q = 2\n"
                + "Next == \\A q \\in {1, 2} : B(q) /\\ x' = 1 /\\ y' = 1");

        assertEquals(List.of("[1, 1]"), next(spec));
    }

    @Test
    void shouldEnumerateUniversalQuantifiersOverSeveralIdentifiers() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\n"
                + "Next == \\A a, b \\in {1, 2} : (a + b > 1 \\/ a > 5) /\\ x' = 1 /\\ y' = 1");

        assertEquals(List.of("[1, 1]"), next(spec));
    }

    @Test
    void shouldEvaluateEnabled() throws Exception {
        CompiledSpec spec = spec("Init == x = 0 /\\ y = 0\nA == x < 1 /\\ x' = x + 1 /\\ y' = y\n"
                + "Next == (~ENABLED A /\\ x' = 9 /\\ y' = 9) \\/ (ENABLED A /\\ x' = 5 /\\ y' = 5)");

        assertEquals(List.of("[5, 5]"), next(spec));
    }
}
