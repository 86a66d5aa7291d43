package io.tlaplex.frontend.eval;

import io.tlaplex.frontend.semantic.Symbol;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The names bound at one point of compilation and the frame they live in. A scope either opens a new frame (an
 * operator body, a LAMBDA, a function body evaluated lazily) or adds names to its parent's frame (quantifiers,
 * LET, operators expanded in place). Compile time only, single-threaded.
 */
final class Scope {
    final Scope parent;
    final Layout layout;
    private final Map<Symbol, Binding> names = new IdentityHashMap<>();

    private Scope(Scope parent, Layout layout) {
        this.parent = parent;
        this.layout = layout;
    }

    /** A scope opening a new frame whose static link is the frame of {@code parent} (null: no enclosing frame). */
    static Scope frame(Scope parent) {
        return new Scope(parent, new Layout());
    }

    /** A scope adding names to this scope's frame. */
    Scope nested() {
        return new Scope(this, layout);
    }

    void bind(Symbol symbol, Binding binding) {
        names.put(symbol, binding);
    }

    int allocate() {
        return layout.allocate();
    }

    /** The binding of {@code symbol} and how many frames up it lives, or null when not bound here or above. */
    Found find(Symbol symbol) {
        int depth = 0;
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.names.get(symbol);
            if (b != null) {
                return new Found(b, depth, s);
            }
            if (s.parent != null && s.parent.layout != s.layout) {
                depth++;
            }
        }
        return null;
    }

    /** How many static links lead from this scope's frame to {@code target}'s frame, or -1 if it is not above. */
    int depthTo(Scope target) {
        int depth = 0;
        for (Scope s = this; s != null; s = s.parent) {
            if (s.layout == target.layout) {
                return depth;
            }
            if (s.parent != null && s.parent.layout != s.layout) {
                depth++;
            }
        }
        return -1;
    }

    record Found(Binding binding, int depth, Scope owner) {
    }
}
