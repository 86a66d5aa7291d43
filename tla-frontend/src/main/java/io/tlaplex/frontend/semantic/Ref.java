package io.tlaplex.frontend.semantic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a name occurrence denotes: a target symbol, reached through zero or more instantiations.
 * The path is relative to the module where the occurrence is written. To evaluate the target,
 * apply each step in order: the step's substitutions, evaluated in the context reached so far
 * (with the named instance's parameters bound to the prefix arguments of the occurrence), replace
 * the constants and variables of the instantiated module. {@code I!J!Op} has two steps, an
 * operator imported by an unnamed {@code INSTANCE} has one, a local name has none. Steps that
 * cannot change the meaning are left out, so {@code +} of Naturals is direct through any instance.
 */
public record Ref(List<InstanceStep> path, Symbol target) {

    public Ref {
        path = List.copyOf(path);
    }

    /** A reference with no instance step. */
    public static Ref direct(Symbol target) {
        return new Ref(List.of(), target);
    }

    /** True when no instantiation lies between the occurrence and the target. */
    public boolean isDirect() {
        return path.isEmpty();
    }

    /**
     * This reference seen from further out: {@code prefix} first, then this path. Steps that cannot
     * change the meaning are dropped: those without substitutions, and outer steps that substitute
     * nothing the target's module declares (Naturals' {@code +} is the same through any instance).
     */
    Ref after(List<InstanceStep> prefix) {
        List<InstanceStep> all = new ArrayList<>(prefix);
        all.addAll(path);
        TlaModule home = homeOf(target);
        ArrayDeque<InstanceStep> kept = new ArrayDeque<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            InstanceStep step = all.get(i);
            Map<Symbol, ?> substitutions = step.instantiation().substitutions();
            if (substitutions.isEmpty()) {
                continue;
            }
            if (!kept.isEmpty() || (home != null && declaresAny(home, substitutions))) {
                kept.addFirst(step);
            }
        }
        return new Ref(new ArrayList<>(kept), target);
    }

    /** True if {@code home} (or a module it is nested in, whose names it sees) declares a substituted name. */
    private static boolean declaresAny(TlaModule home, Map<Symbol, ?> substitutions) {
        for (TlaModule m = home; m != null; m = m.parent()) {
            for (ConstantSymbol c : m.constants()) {
                if (substitutions.containsKey(c)) {
                    return true;
                }
            }
            for (VariableSymbol v : m.variables()) {
                if (substitutions.containsKey(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The module whose text declares or defines {@code symbol}, or null for built-ins, parameters and bound names. */
    static TlaModule homeOf(Symbol symbol) {
        return switch (symbol) {
            case OperatorSymbol s -> s.module();
            case FunctionSymbol s -> s.module();
            case InstanceSymbol s -> s.module();
            case AssumeSymbol s -> s.module();
            case TheoremSymbol s -> s.module();
            case ConstantSymbol s -> s.module();
            case VariableSymbol s -> s.module();
            case ParamSymbol s -> null;
            case BoundSymbol s -> null;
            case Builtin s -> null;
        };
    }

    /** True if both denote the same thing: the same target through the same instantiations. */
    boolean sameMeaning(Ref other) {
        if (target != other.target) {
            return false;
        }
        return path.equals(other.path);
    }
}
