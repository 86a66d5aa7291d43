package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.syntax.Operators;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Java implementations of the bundled standard modules' operators, looked up by module and operator name
 * (any spelling of an operator symbol: {@code (+)} or {@code \oplus}, {@code \circ} or {@code \o}). Built once,
 * immutable, shared by all threads. Operators with no entry are evaluated from their TLA+ definitions.
 */
public final class StandardLibrary {
    private static final Map<String, Map<String, ModuleTable.Entry>> MODULES = build();

    private StandardLibrary() {
    }

    private static Map<String, Map<String, ModuleTable.Entry>> build() {
        Map<String, Map<String, ModuleTable.Entry>> modules = new LinkedHashMap<>();
        add(modules, "Naturals", ArithmeticModules::naturals);
        add(modules, "Integers", ArithmeticModules::integers);
        add(modules, "Reals", ArithmeticModules::reals);
        add(modules, "Sequences", SequenceModules::sequences);
        add(modules, "FiniteSets", SequenceModules::finiteSets);
        add(modules, "Bags", BagsModule::register);
        add(modules, "TLC", TlcModule::register);
        add(modules, "TLCExt", TlcExtModule::register);
        add(modules, "Json", JsonModule::register);
        add(modules, "Randomization", RandomizationModule::register);
        return Map.copyOf(modules);
    }

    private static void add(Map<String, Map<String, ModuleTable.Entry>> modules, String module,
                            Consumer<ModuleTable> registration) {
        ModuleTable table = new ModuleTable(module);
        registration.accept(table);
        modules.put(module, table.entries());
    }

    /** The built-in for {@code module}'s operator {@code name}, or null when it is evaluated from its definition. */
    public static StdOp lookup(String module, String name) {
        ModuleTable.Entry e = entry(module, name);
        return e == null ? null : e.op();
    }

    /**
     * False for built-ins whose result is not a function of their arguments, or that act on the world: output,
     * randomness, registers and statistics, the clock, files. The evaluator must neither cache nor constant-fold
     * applications of these (for example {@code JavaTime} or {@code RandomElement(S)}).
     *
     * @throws IllegalArgumentException when there is no such built-in
     */
    public static boolean isPure(String module, String name) {
        ModuleTable.Entry e = entry(module, name);
        if (e == null) {
            throw new IllegalArgumentException("no built-in " + module + "!" + name);
        }
        return e.pure();
    }

    /** The modules that have built-ins. */
    public static Set<String> modules() {
        return MODULES.keySet();
    }

    /** The canonical names of {@code module}'s built-ins (empty for other modules). */
    static Set<String> names(String module) {
        return MODULES.getOrDefault(module, Map.of()).keySet();
    }

    private static ModuleTable.Entry entry(String module, String name) {
        Map<String, ModuleTable.Entry> ops = MODULES.get(module);
        return ops == null ? null : ops.get(Operators.canonical(name));
    }
}
