package io.tlaplex.frontend.semantic;

import java.util.HashMap;
import java.util.Map;

/**
 * Names visible at a point of a module, innermost first: LET definitions, parameters and bound
 * identifiers, then the module's own scope (which grows as definitions are processed), then, for a
 * nested module, the enclosing module's names, and finally the built-in operators.
 */
final class Scope {
    private final Scope parent;
    private final Map<String, Ref> names;

    private Scope(Scope parent, Map<String, Ref> names) {
        this.parent = parent;
        this.names = names;
    }

    /** The scope of a module whose names live in {@code moduleNames}, inside {@code outer} (or null). */
    static Scope ofModule(Map<String, Ref> moduleNames, Scope outer) {
        return new Scope(outer, moduleNames);
    }

    /** A new innermost level for parameters, bound identifiers or LET definitions. */
    Scope child() {
        return new Scope(this, new HashMap<>());
    }

    /** A copy that no longer sees names added later at any level: what a nested module may use. */
    Scope snapshot() {
        return new Scope(parent == null ? null : parent.snapshot(), new HashMap<>(names));
    }

    /** What {@code name} denotes here, or null. */
    Ref find(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Ref ref = s.names.get(name);
            if (ref != null) {
                return ref;
            }
        }
        Builtin builtin = Builtin.bySymbol(name);
        return builtin == null ? null : Ref.direct(builtin);
    }

    /** What {@code name} denotes at this level only, or null. */
    Ref findHere(String name) {
        return names.get(name);
    }

    void bind(String name, Ref ref) {
        names.put(name, ref);
    }
}
