package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.config.ConfigParser;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.frontend.semantic.Frontend;
import io.tlaplex.frontend.semantic.ModuleSource;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.semantic.SourceFile;
import io.tlaplex.frontend.value.StringTable;
import java.util.HashMap;
import java.util.Map;

/** Loads and compiles specs written in tests, and explores them breadth-first as the checker does. */
final class Specs {
    private Specs() {
    }

    /** Loads module {@code M} (the first text) with the other texts as modules it may use. */
    static SemanticModel load(String root, String... others) throws DiagnosticException {
        Map<String, String> texts = new HashMap<>();
        for (String o : others) {
            texts.put(nameOf(o), o);
        }
        String name = nameOf(root);
        texts.put(name, root);
        return new Frontend().load(new SourceFile(name + ".tla", root, false),
                ModuleSource.inMemory(texts).orElse(ModuleSource.standardModules()));
    }

    static String nameOf(String module) {
        int at = module.indexOf("MODULE") + "MODULE".length();
        String rest = module.substring(at).trim();
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) {
            end++;
        }
        return rest.substring(0, end);
    }

    static ModelConfig cfg(String text) throws DiagnosticException {
        return ConfigParser.parse("M.cfg", text).orThrow();
    }

    static SimpleRuntime runtime() {
        return new SimpleRuntime(new StringTable(), 42L, () -> 1000L, line -> { });
    }

    static CompiledSpec compile(String cfgText, String root, String... others) throws DiagnosticException {
        return CompiledSpec.compile(load(root, others), cfg(cfgText), runtime());
    }

    /** Counts of a breadth-first search, as TLC reports them. */
    record Counts(long distinct, long generated, int depth, String outcome) {
    }

    static Counts bfs(CompiledSpec spec) {
        return new Bfs(spec, Long.MAX_VALUE).run();
    }
}
