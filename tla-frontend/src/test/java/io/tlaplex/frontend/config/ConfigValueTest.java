package io.tlaplex.frontend.config;

import static io.tlaplex.frontend.config.CfgTesting.parseClean;
import static io.tlaplex.frontend.config.CfgTesting.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tlaplex.frontend.diag.SourceSpan;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigValueTest {

    private static CfgValue valueOf(String entry) {
        ModelConfig config = parseClean("CONSTANT " + entry);
        return config.constants().get(0).value();
    }

    @Test
    void shouldReadAnInteger() {
        assertEquals(new CfgValue.Int(BigInteger.valueOf(42), span(1, 14, 15)), valueOf("N = 42"));
    }

    @Test
    void shouldReadANegativeIntegerWithTheMinusInItsSpan() {
        assertEquals(new CfgValue.Int(BigInteger.valueOf(-7), span(1, 14, 15)), valueOf("N = -7"));
    }

    @Test
    void shouldReadAnIntegerBeyondLongRange() {
        CfgValue.Int big = (CfgValue.Int) valueOf("N = 123456789012345678901234567890");

        assertEquals(new BigInteger("123456789012345678901234567890"), big.value());
    }

    @Test
    void shouldReadAStringKeepingEscapesAsWrittenLikeTlc() {
        assertEquals(new CfgValue.Str("missing", span(1, 20, 28)), valueOf("MISSING = \"missing\""));
        assertEquals("a\\\"b", ((CfgValue.Str) valueOf("S = \"a\\\"b\"")).value());
    }

    @Test
    void shouldReadBooleans() {
        assertEquals(new CfgValue.Bool(true, span(1, 22, 25)), valueOf("TMMAYFAIL = TRUE"));
        assertEquals(new CfgValue.Bool(false, span(1, 14, 18)), valueOf("B = FALSE"));
    }

    @Test
    void shouldReadABareNameAsAModelValue() {
        assertEquals(new CfgValue.ModelValue("c", span(1, 14, 14)), valueOf("c = c"));
        assertEquals(new CfgValue.ModelValue("which_to_split", span(1, 27, 40)),
                valueOf("WHICH_TO_SPLIT = which_to_split"));
    }

    @Test
    void shouldReadASetOfModelValues() {
        CfgValue value = valueOf("Proc = {p1, p2}");

        assertEquals(new CfgValue.SetOf(List.of(
                new CfgValue.ModelValue("p1", span(1, 18, 19)),
                new CfgValue.ModelValue("p2", span(1, 22, 23))), span(1, 17, 24)), value);
    }

    @Test
    void shouldReadTheEmptySetAndTheEmptyTuple() {
        assertEquals(new CfgValue.SetOf(List.of(), span(1, 14, 15)), valueOf("S = {}"));
        assertEquals(new CfgValue.TupleOf(List.of(), span(1, 14, 17)), valueOf("T = <<>>"));
    }

    @Test
    void shouldReadNestedSetsAndTuplesOfMixedValues() {
        CfgValue value = valueOf("X = {{n1, n2}, <<1, -2, \"s\", TRUE>>, {}}");

        assertEquals("{{n1, n2}, <<1, -2, \"s\", TRUE>>, {}}", value.render());
        CfgValue.SetOf outer = (CfgValue.SetOf) value;
        assertEquals(span(1, 14, 49), outer.span());
        assertEquals(span(1, 25, 44), outer.elements().get(1).span());
    }

    @Test
    void shouldReadASetSpreadOverSeveralLines() {
        CfgValue value = valueOf("Quorums = {{r1, r2},\n   {r2, r3}}\nN = 1");

        assertEquals(new SourceSpan(CfgTesting.FILE, 1, 20, 2, 12), value.span());
    }

    @Test
    void shouldReadAModuleScopedAssignment() {
        ConstantAssignment c = parseClean("CONSTANTS\n  NoHash = [Nano]NoHashVal\n").constants().get(0);

        assertEquals(Optional.of(new CfgName("Nano", span(2, 13, 16))), c.module());
        assertEquals(new CfgValue.ModelValue("NoHashVal", span(2, 18, 26)), c.value());
    }

    @Test
    void shouldReadAnAssignmentToOnePointOfAnOperator() {
        ConstantAssignment c = parseClean("CONSTANT F(1, a) = 2").constants().get(0);

        assertEquals(List.of("1", "a"), c.args().stream().map(CfgValue::render).toList());
        assertEquals("2", c.value().render());
    }

    @Test
    void shouldReadAQualifiedLeftHandSide() {
        ConstantAssignment c = parseClean("CONSTANT Inst!Sub!C = 1").constants().get(0);

        assertEquals(new CfgName("Inst!Sub!C", span(1, 10, 19)), c.name());
    }

    @Test
    void shouldReadAReplacement() {
        Replacement r = parseClean("CONSTANT\n  Seq <- LimitedSeq\n").replacements().get(0);

        assertEquals(new Replacement(new CfgName("Seq", span(2, 3, 5)), Optional.empty(),
                new CfgName("LimitedSeq", span(2, 10, 19)), span(2, 3, 19)), r);
    }

    @Test
    void shouldReadAModuleScopedReplacement() {
        Replacement r = parseClean("CONSTANT Nat <- [ZSequences]ZSeqNat").replacements().get(0);

        assertEquals(Optional.of(new CfgName("ZSequences", span(1, 18, 27))), r.module());
        assertEquals(new CfgName("ZSeqNat", span(1, 29, 35)), r.target());
    }

    @Test
    void shouldKeepAssignmentsAndReplacementsInFileOrder() {
        ModelConfig config = parseClean("""
                CONSTANTS
                  CalculateHash <- CalculateHashImpl
                  Hash = {h1, h2, h3}
                  Seq <- MCSeq
                  GenesisBalance = 3
                """);

        assertEquals(List.of("Hash", "GenesisBalance"),
                config.constants().stream().map(c -> c.name().name()).toList());
        assertEquals(List.of("CalculateHash", "Seq"),
                config.replacements().stream().map(r -> r.name().name()).toList());
    }
}
