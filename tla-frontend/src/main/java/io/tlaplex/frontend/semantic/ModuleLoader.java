package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.syntax.Ident;
import io.tlaplex.frontend.syntax.Module;
import io.tlaplex.frontend.syntax.ParseResult;
import io.tlaplex.frontend.syntax.Parser;
import io.tlaplex.frontend.syntax.Unit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds and parses the modules a root module needs, each once, and orders them so that every
 * module comes after the modules it extends or instantiates. Reports missing modules (E0401),
 * dependency cycles (E0402), unreadable files (E0403) and passes parse diagnostics through.
 * One loader per load; not thread-safe.
 */
final class ModuleLoader {

    /** A parsed module, with whether it is one of the bundled standard modules. */
    record Parsed(Module module, boolean standard) {
    }

    /** The outcome: modules in dependency order (root last), diagnostics, and every text read by file name. */
    record Result(List<Parsed> modules, List<Diagnostic> diagnostics, Map<String, String> sources) {
    }

    private final ModuleSource source;
    private final Map<String, Parsed> loaded = new HashMap<>();
    private final Set<String> missing = new HashSet<>();
    private final Set<String> unparsable = new HashSet<>();
    private final List<String> inProgress = new ArrayList<>();
    private final List<Parsed> order = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    ModuleLoader(ModuleSource source) {
        this.source = source;
    }

    /** Loads {@code root} and everything it needs. */
    Result load(SourceFile root) {
        Module module = parse(root);
        if (module != null) {
            visit(new Parsed(module, root.standard()));
        }
        return new Result(List.copyOf(order), List.copyOf(diagnostics), Map.copyOf(sources));
    }

    private Module parse(SourceFile file) {
        sources.put(file.fileName(), file.text());
        ParseResult result = Parser.parse(file.fileName(), file.text());
        diagnostics.addAll(result.diagnostics());
        return result.module();
    }

    private void visit(Parsed parsed) {
        String name = parsed.module().name().name();
        loaded.put(name, parsed);
        inProgress.add(name);
        for (Ident dependency : dependencies(parsed.module(), new HashSet<>())) {
            require(dependency);
        }
        inProgress.remove(inProgress.size() - 1);
        order.add(parsed);
    }

    private void require(Ident dependency) {
        String name = dependency.name();
        int cycleStart = inProgress.indexOf(name);
        if (cycleStart >= 0) {
            List<String> cycle = new ArrayList<>(inProgress.subList(cycleStart, inProgress.size()));
            cycle.add(name);
            diagnostics.add(Diagnostic.error(DiagCode.E0402_CIRCULAR_EXTENDS, dependency.span(),
                    "Circular dependency among modules: " + String.join(" -> ", cycle) + "."));
            return;
        }
        if (missing.contains(name)) {
            reportMissing(dependency);
            return;
        }
        if (loaded.containsKey(name) || unparsable.contains(name)) {
            return;
        }
        SourceFile file;
        try {
            file = source.find(name);
        } catch (IOException e) {
            unparsable.add(name);
            diagnostics.add(Diagnostic.error(DiagCode.E0403_FILE_UNREADABLE, dependency.span(),
                    "Cannot read the file of module " + name + ": " + e.getMessage()));
            return;
        }
        if (file == null) {
            missing.add(name);
            reportMissing(dependency);
            return;
        }
        Module module = parse(file);
        if (module == null) {
            unparsable.add(name);
            return;
        }
        visit(new Parsed(module, file.standard()));
    }

    private void reportMissing(Ident dependency) {
        diagnostics.add(Diagnostic.error(DiagCode.E0401_MODULE_NOT_FOUND, dependency.span(),
                "Cannot find source file for module " + dependency.name() + "."));
    }

    /**
     * The module names {@code module} extends or instantiates, its nested modules' included, in
     * order of appearance, leaving out names of nested modules defined earlier in the same file.
     */
    private static List<Ident> dependencies(Module module, Set<String> nestedSoFar) {
        List<Ident> result = new ArrayList<>();
        for (Ident name : module.extendsNames()) {
            addUnlessNested(result, name, nestedSoFar);
        }
        for (Unit unit : module.units()) {
            switch (unit) {
                case Unit.Instance i -> addUnlessNested(result, i.module(), nestedSoFar);
                case Unit.InstanceDef d -> addUnlessNested(result, d.instance().module(), nestedSoFar);
                case Unit.NestedModule n -> {
                    result.addAll(dependencies(n.module(), new HashSet<>(nestedSoFar)));
                    nestedSoFar.add(n.module().name().name());
                }
                default -> {
                }
            }
        }
        return result;
    }

    private static void addUnlessNested(List<Ident> result, Ident name, Set<String> nestedSoFar) {
        if (!nestedSoFar.contains(name.name())) {
            result.add(name);
        }
    }
}
