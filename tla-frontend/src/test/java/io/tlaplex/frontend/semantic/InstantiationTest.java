package io.tlaplex.frontend.semantic;

import static io.tlaplex.frontend.semantic.TestSpecs.app;
import static io.tlaplex.frontend.semantic.TestSpecs.errors;
import static io.tlaplex.frontend.semantic.TestSpecs.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.syntax.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantiationTest {

    private static final String CHANNEL = """
            ---- MODULE Channel ----
            EXTENDS Naturals
            CONSTANT Data
            VARIABLE chan
            Send(d) == chan' = <<d>>
            Empty == chan = <<>>
            ====
            """;

    @Test
    void shouldResolveNamedInstanceWithExplicitAndImplicitSubstitutions() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                VARIABLE chan
                C == INSTANCE Channel WITH Data <- {1, 2}
                Use == C!Send(1)
                ====
                """, CHANNEL);
        TlaModule channel = model.module("Channel");

        Ref ref = model.resolve(app(model, "Use"));

        assertSame(channel.lookup("Send").target(), ref.target());
        Instantiation inst = ref.path().get(0).instantiation();
        assertEquals(List.of(new InstanceStep(inst, 0)), ref.path());
        assertSame(channel, inst.module());
        assertEquals("C", inst.owner().name());
        assertInstanceOf(Expr.SetEnum.class, inst.substitutions().get(channel.constants().get(0)));
        Expr.OpApp implicit = (Expr.OpApp) inst.substitutions().get(channel.variables().get(0));
        assertSame(model.variables().get(0), model.resolve(implicit).target());
        assertEquals(-1, channel.variables().get(0).index());
    }

    @Test
    void shouldBindParameterizedInstanceArgumentsThroughThePrefix() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                VARIABLE q
                P(ch) == INSTANCE Channel WITH Data <- {0}, chan <- ch
                Use == P(q)!Empty
                ====
                """, CHANNEL);
        Expr.OpApp use = app(model, "Use");

        Ref ref = model.resolve(use);

        InstanceSymbol p = (InstanceSymbol) model.lookup("P").orElseThrow().target();
        assertEquals(0, ref.path().get(0).prefixIndex());
        VariableSymbol channelVariable = model.module("Channel").variables().get(0);
        Expr.OpApp chan = (Expr.OpApp) p.instantiation().substitutions().get(channelVariable);
        assertSame(p.params().get(0), model.resolve(chan).target());
        assertSame(model.variables().get(0), model.resolve((Expr.OpApp) use.prefix().get(0).args().get(0)).target());
    }

    @Test
    void shouldImportDefinitionsButNotDeclarationsThroughUnnamedInstance() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                VARIABLE chan
                INSTANCE Channel WITH Data <- {1}
                Use == Empty
                ====
                """, CHANNEL);

        Ref ref = model.resolve(app(model, "Use"));

        assertSame(model.module("Channel").lookup("Empty").target(), ref.target());
        assertEquals(-1, ref.path().get(0).prefixIndex());
        assertNull(model.root().lookup("Data"));
    }

    @Test
    void shouldReachStandardOperatorsDirectlyThroughAnInstance() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                EXTENDS Naturals
                VARIABLE chan
                INSTANCE Channel WITH Data <- {1}
                Use == 1 + 2
                ====
                """, CHANNEL);

        Ref ref = model.resolve(app(model, "Use"));

        assertTrue(ref.isDirect());
        assertEquals("Naturals", ((OperatorSymbol) ref.target()).module().name());
    }

    @Test
    void shouldFollowNestedInstancesStepByStep() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                VARIABLE x
                Outer == INSTANCE Middle WITH v <- x
                Use == Outer!Inner!Empty
                ====
                """, """
                ---- MODULE Middle ----
                VARIABLE v
                Inner == INSTANCE Channel WITH Data <- {}, chan <- v
                ====
                """, CHANNEL);

        Ref ref = model.resolve(app(model, "Use"));

        assertEquals(2, ref.path().size());
        assertEquals("Middle", ref.path().get(0).instantiation().module().name());
        assertEquals(1, ref.path().get(1).prefixIndex());
        assertSame(model.module("Channel").lookup("Empty").target(), ref.target());
    }

    @Test
    void shouldLookUpNamesOfAnyLoadedModule() throws DiagnosticException {
        SemanticModel model = load("""
                ---- MODULE Root ----
                VARIABLE chan
                C == INSTANCE Channel WITH Data <- {}
                ====
                """, CHANNEL);

        Symbol send = model.lookup("Channel", "Send").orElseThrow().target();

        assertEquals("Send", send.name());
        assertEquals(1, send.arity());
        assertTrue(model.lookup("Channel", "Nope").isEmpty());
    }

    @Test
    void shouldReportMissingSubstitution() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                C == INSTANCE Channel WITH Data <- {}
                ====
                """, CHANNEL);

        assertEquals(List.of("E0207 Root.tla:2:15: error: The VARIABLE `chan' of module Channel has no substitution: "
                + "WITH gives none and no `chan' is defined here."), errors);
    }

    @Test
    void shouldReportSubstitutionForUndeclaredName() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                VARIABLE chan
                C == INSTANCE Channel WITH Data <- {}, Other <- 1
                ====
                """, CHANNEL);

        assertEquals(List.of("E0206 Root.tla:3:40: error: `Other' is not a CONSTANT or VARIABLE of module Channel, so "
                + "WITH cannot substitute for it."), errors);
    }

    @Test
    void shouldReportPrefixThatIsNotAnInstance() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                Foo == 1
                Bar == Foo!Baz
                ====
                """);

        assertEquals(List.of("E0205 Root.tla:3:8: error: `Foo' is not an instance, so it cannot be followed by !."),
                errors);
    }

    @Test
    void shouldReportUnknownDefinitionOfAnInstance() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                VARIABLE chan
                C == INSTANCE Channel WITH Data <- {}
                Use == C!Nope
                ====
                """, CHANNEL);

        assertEquals(List.of("E0201 Root.tla:4:10: error: Unknown operator: `C!Nope'."), errors);
    }

    @Test
    void shouldReportInstanceUsedAsAnOperator() {
        List<String> errors = errors("""
                ---- MODULE Root ----
                VARIABLE chan
                C == INSTANCE Channel WITH Data <- {}
                Use == C
                ====
                """, CHANNEL);

        assertEquals(List.of("E0204 Root.tla:4:8: error: `C' is an instance, not an operator; use its definitions as "
                + "C!Op."), errors);
    }
}
