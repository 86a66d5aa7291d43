package io.tlaplex.frontend.semantic;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.syntax.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Loads specs written inline in tests: the first text is the root, the others are found by module name. */
final class TestSpecs {
    private static final Pattern MODULE_NAME = Pattern.compile("MODULE\\s+(\\w+)");

    private TestSpecs() {
    }

    static SemanticModel load(String root, String... others) throws DiagnosticException {
        Map<String, String> texts = new HashMap<>();
        for (String other : others) {
            texts.put(nameOf(other), other);
        }
        ModuleSource source = ModuleSource.inMemory(texts).orElse(ModuleSource.standardModules());
        return new Frontend().load(new SourceFile(nameOf(root) + ".tla", root, false), source);
    }

    /** The diagnostics of a load that must fail, as {@code E0201 Root.tla:4:8: error: message} lines. */
    static List<String> errors(String root, String... others) {
        DiagnosticException e = assertThrows(DiagnosticException.class, () -> load(root, others));
        return e.diagnostics().stream().map(TestSpecs::line).collect(Collectors.toList());
    }

    static String line(Diagnostic d) {
        return d.code().id() + " " + d.headline();
    }

    /** The body of the root module's definition {@code name}. */
    static Expr body(SemanticModel model, String name) {
        Symbol symbol = model.lookup(name).orElseThrow().target();
        return switch (symbol) {
            case OperatorSymbol op -> op.body();
            case FunctionSymbol f -> f.body();
            default -> throw new AssertionError(name + " is not a definition");
        };
    }

    /** The body of {@code name}, which must be a name occurrence. */
    static Expr.OpApp app(SemanticModel model, String name) {
        return (Expr.OpApp) body(model, name);
    }

    private static String nameOf(String text) {
        Matcher m = MODULE_NAME.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no MODULE header in " + text);
        }
        return m.group(1);
    }
}
