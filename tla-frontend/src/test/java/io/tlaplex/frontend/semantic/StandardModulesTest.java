package io.tlaplex.frontend.semantic;

import static io.tlaplex.frontend.semantic.TestSpecs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.syntax.Expr;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bundled standard modules export exactly TLC's operators, with TLC's arities, and all load cleanly. */
class StandardModulesTest {

    private static SemanticModel loadAll() throws DiagnosticException {
        return load("""
                ---- MODULE Root ----
                EXTENDS Reals, Sequences, FiniteSets, Bags, TLC, TLCExt, Json, Randomization
                ====
                """);
    }

    private static Map<String, Integer> exported(SemanticModel model, String module) {
        Map<String, Integer> arities = new TreeMap<>();
        model.module(module).exports().forEach((name, ref) -> arities.put(name, ref.target().arity()));
        return arities;
    }

    private static Map<String, Integer> arities(Object... nameThenArity) {
        Map<String, Integer> result = new TreeMap<>();
        for (int i = 0; i < nameThenArity.length; i += 2) {
            result.put((String) nameThenArity[i], (Integer) nameThenArity[i + 1]);
        }
        return result;
    }

    @Test
    void shouldExportTheArithmeticOperatorsOfNaturalsIntegersAndReals() throws DiagnosticException {
        SemanticModel model = loadAll();
        Map<String, Integer> naturals = arities("Nat", 0, "+", 2, "-", 2, "*", 2, "^", 2, "<", 2, ">", 2, "<=", 2,
                ">=", 2, "\\div", 2, "%", 2, "..", 2);
        Map<String, Integer> integers = new TreeMap<>(naturals);
        integers.putAll(arities("Int", 0, "-.", 1));
        Map<String, Integer> reals = new TreeMap<>(integers);
        reals.putAll(arities("Real", 0, "/", 2, "Infinity", 0));

        assertEquals(naturals, exported(model, "Naturals"));
        assertEquals(integers, exported(model, "Integers"));
        assertEquals(reals, exported(model, "Reals"));
    }

    @Test
    void shouldExportSequencesFiniteSetsAndBags() throws DiagnosticException {
        SemanticModel model = loadAll();

        assertEquals(arities("Seq", 1, "Len", 1, "\\o", 2, "Append", 2, "Head", 1, "Tail", 1, "SubSeq", 3,
                "SelectSeq", 2), exported(model, "Sequences"));
        assertEquals(arities("IsFiniteSet", 1, "Cardinality", 1), exported(model, "FiniteSets"));
        assertEquals(arities("IsABag", 1, "BagToSet", 1, "SetToBag", 1, "BagIn", 2, "EmptyBag", 0, "CopiesIn", 2,
                "\\oplus", 2, "\\ominus", 2, "BagUnion", 1, "\\sqsubseteq", 2, "SubBag", 1, "BagOfAll", 2,
                "BagCardinality", 1), exported(model, "Bags"));
    }

    @Test
    void shouldExportTheOperatorsOfTlcAndTlcExt() throws DiagnosticException {
        SemanticModel model = loadAll();

        assertEquals(arities("Print", 2, "PrintT", 1, "Assert", 2, "JavaTime", 0, "TLCGet", 1, "TLCSet", 2, ":>", 2,
                "@@", 2, "Permutations", 1, "SortSeq", 2, "RandomElement", 1, "Any", 0, "ToString", 1, "TLCEval", 1),
                exported(model, "TLC"));
        assertEquals(arities("AssertEq", 2, "AssertError", 2, "TLCGetOrDefault", 2, "TLCGetAndSet", 4, "Trace", 0,
                "CounterExample", 0, "ToTrace", 1, "TLCModelValue", 1, "TLCDefer", 1, "TLCNoOp", 1, "PickSuccessor", 1,
                "TLCCache", 2, "TLCFP", 1, "TLCEvalDefinition", 1), exported(model, "TLCExt"));
    }

    @Test
    void shouldExportJsonAndRandomization() throws DiagnosticException {
        SemanticModel model = loadAll();

        assertEquals(arities("ToJson", 1, "ToJsonArray", 1, "ToJsonObject", 1, "JsonSerialize", 2,
                "JsonDeserialize", 1, "ndJsonSerialize", 2, "ndJsonDeserialize", 1), exported(model, "Json"));
        assertEquals(arities("RandomSubset", 2, "RandomSetOfSubsets", 3, "RandomSubsetSet", 3, "TestRandomSubset", 2,
                "TestRandomSetOfSubsets", 3, "TestRandomSubsetSet", 3), exported(model, "Randomization"));
    }

    @Test
    void shouldGiveHigherOrderParametersTheirArity() throws DiagnosticException {
        SemanticModel model = loadAll();

        OperatorSymbol sortSeq = (OperatorSymbol) model.lookup("SortSeq").orElseThrow().target();
        OperatorSymbol selectSeq = (OperatorSymbol) model.lookup("SelectSeq").orElseThrow().target();

        assertEquals(2, sortSeq.params().get(1).arity());
        assertEquals(1, selectSeq.params().get(1).arity());
    }

    @Test
    void shouldMakeApplicationsAsHighAsTheirArguments() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Integers, Sequences, FiniteSets, TLC
                VARIABLE s
                Values == <<Len(s), Cardinality({1}), -s, s :> 1, 1 + 2>>
                ====
                """);
        Expr.Tuple values = (Expr.Tuple) TestSpecs.body(model, "Values");

        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Expr e : values.elements()) {
            levels.put(((Expr.OpApp) e).name().name(), model.levelOf(e));
        }

        assertEquals(Map.of("Len", 1, "Cardinality", 0, "-.", 1, ":>", 1, "+", 0), levels);
    }

    @Test
    void shouldMarkEveryBundledModuleAsStandard() throws DiagnosticException {
        SemanticModel model = loadAll();

        for (String name : ModuleSource.STANDARD_MODULES) {
            assertTrue(model.module(name).standard(), name);
        }
    }
}
