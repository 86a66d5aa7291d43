package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.frontend.semantic.OperatorSymbol;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.value.Value;
import java.util.Map;

/** Evaluates constant expressions written in tests, through the whole compiler. */
final class Eval {
    private Eval() {
    }

    static final String HEADER = "---- MODULE E ----\nEXTENDS Naturals, Integers, Sequences, FiniteSets, TLC\n";

    /** The value of {@code expr}, with {@code defs} defined before it. */
    static Value value(String defs, String expr) {
        return valueOf(HEADER + defs + "\nVal == " + expr + "\n====\n", "Val");
    }

    static Value value(String expr) {
        return value("", expr);
    }

    /** The value of the zero-argument definition {@code name} of the module {@code text}. */
    static Value valueOf(String text, String name, String... others) {
        try {
            SemanticModel model = Specs.load(text, others);
            SimpleRuntime rt = Specs.runtime();
            Strings.intern(rt.strings(), io.tlaplex.frontend.config.ModelConfig.empty("E.cfg"), model);
            Compiler cc = new Compiler(model, Map.of(), rt.strings());
            OperatorSymbol op = (OperatorSymbol) model.lookup(name).orElseThrow().target();
            Env env = cc.rootEnv();
            Node node = cc.compile(op.body(), env);
            return node.eval(new Ctx(rt, 0), new Object[env.scope.layout.size()]);
        } catch (DiagnosticException e) {
            throw new IllegalStateException(e.diagnostics().toString(), e);
        }
    }

    /** The value of the zero-argument definition {@code name} of a compiled spec, with its configuration. */
    static Value valueOfConfigured(CompiledSpec spec, String name) {
        return spec.evaluate(name);
    }

    /** The error evaluating {@code expr} raises. */
    static EvalError error(String defs, String expr) {
        try {
            Value v = value(defs, expr);
            throw new AssertionError("expected an evaluation error, got " + v);
        } catch (EvalError e) {
            return e;
        }
    }
}
