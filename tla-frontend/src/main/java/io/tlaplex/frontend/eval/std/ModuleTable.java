package io.tlaplex.frontend.eval.std;

import io.tlaplex.frontend.syntax.Operators;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects one module's built-ins while {@link StandardLibrary} is assembled; not used after that. */
final class ModuleTable {
    /** A built-in and whether it is a function of its arguments alone (no output, randomness or run state). */
    record Entry(StdOp op, boolean pure) {
    }

    private final String module;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    ModuleTable(String module) {
        this.module = module;
    }

    String module() {
        return module;
    }

    /** Adds an operator whose result depends only on its arguments. */
    void pure(String name, StdOp op) {
        add(name, new Entry(op, true));
    }

    /** Adds an operator with effects or results beyond its arguments, which must not be cached or folded. */
    void impure(String name, StdOp op) {
        add(name, new Entry(op, false));
    }

    private void add(String name, Entry entry) {
        if (entries.putIfAbsent(Operators.canonical(name), entry) != null) {
            throw new IllegalStateException(module + "!" + name + " registered twice");
        }
    }

    Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }
}
