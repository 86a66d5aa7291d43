package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.semantic.Level;
import io.tlaplex.frontend.semantic.Ref;
import io.tlaplex.frontend.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that what a .cfg names has the level its role needs, as TLC does before checking:
 * invariants and state constraints are state predicates, action constraints and the next-state
 * relation are actions, the initial predicate is a state predicate.
 */
public final class ConfigLevels {
    /** TLC's exit status for a spec that cannot be checked as configured (FAILURE_SPEC_EVAL). */
    public static final int EXIT_CODE = 75;

    private ConfigLevels() {
    }

    public static List<Diagnostic> check(ModelConfig config, SemanticModel model) {
        List<Diagnostic> out = new ArrayList<>();
        config.init().ifPresent(n -> require(model, n, Level.STATE,
                "The initial predicate " + n + " is not a state predicate (one with no primes or temporal operators).",
                out));
        config.next().ifPresent(n -> require(model, n, Level.ACTION,
                "The next-state relation " + n + " is not an action (one with no temporal operators).", out));
        for (CfgName n : config.invariants()) {
            require(model, n, Level.STATE,
                    "The invariant " + n + " is not a state predicate (one with no primes or temporal operators).", out);
        }
        for (CfgName n : config.constraints()) {
            require(model, n, Level.STATE,
                    "The constraint " + n + " is not a state predicate (one with no primes or temporal operators).",
                    out);
        }
        for (CfgName n : config.actionConstraints()) {
            require(model, n, Level.ACTION,
                    "The action constraint " + n + " is not an action (one with no temporal operators).", out);
        }
        return out;
    }

    private static void require(SemanticModel model, CfgName name, int maxLevel, String message, List<Diagnostic> out) {
        Optional<Ref> ref = model.lookup(name.name());
        if (ref.isEmpty()) {
            return;
        }
        int level = model.levelOf(ref.get());
        if (level > maxLevel) {
            out.add(Diagnostic.error(DiagCode.E0310_CFG_LEVEL, name.span(), message));
        }
    }
}
