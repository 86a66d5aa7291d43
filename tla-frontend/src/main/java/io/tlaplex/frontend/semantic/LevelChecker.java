package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.DiagCode;
import io.tlaplex.frontend.syntax.Expr;
import io.tlaplex.frontend.syntax.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Level checking of resolved modules: checks every definition, assumption and instantiation where
 * it is written, reporting SANY's level errors (E0210-E0213), and answers level queries
 * afterwards. Not thread-safe; {@link SemanticModel} serializes access.
 */
final class LevelChecker {
    private final Tables tables;
    private final IdentityHashMap<Expr, Integer> exprLevels = new IdentityHashMap<>();
    private final IdentityHashMap<Symbol, Integer> definitionLevels = new IdentityHashMap<>();
    private final LevelWalker walker;
    private final LevelApplier applier;

    LevelChecker(Tables tables) {
        this.tables = tables;
        this.walker = new LevelWalker(tables, exprLevels);
        this.applier = new LevelApplier(tables, walker, definitionLevels);
        walker.setApplier(applier);
    }

    void checkModule(TlaModule module) {
        LevelEnv root = LevelEnv.root(LevelEnv.Instance.NONE);
        for (Symbol s : module.definitions()) {
            if (s instanceof OperatorSymbol || s instanceof FunctionSymbol) {
                applier.checkDefinition(s, root);
            }
        }
        for (Unit.Assume assume : module.assumptions()) {
            int level = walker.level(assume.body(), root, true);
            if (level > Level.CONSTANT) {
                tables.error(DiagCode.E0211_PRIMED_IN_CONSTANT_CONTEXT, assume.body().span(),
                        "Level error: an ASSUME must be constant-level, but this one has level "
                                + Level.describe(level) + ".");
            }
            if (assume.name() != null && tables.declarations.get(assume.name()) instanceof AssumeSymbol a) {
                definitionLevels.put(a, level);
            }
        }
        for (Instantiation inst : module.instantiations()) {
            checkInstantiation(inst);
        }
    }

    private void checkInstantiation(Instantiation inst) {
        LevelEnv env = LevelEnv.root(LevelEnv.Instance.NONE);
        if (inst.owner() != null) {
            for (ParamSymbol p : inst.owner().params()) {
                env = env.bind(p, LevelApplier.base(p));
            }
        }
        Map<Symbol, Object> values = new HashMap<>();
        String module = inst.module().name();
        for (Map.Entry<Symbol, Expr> sub : inst.substitutions().entrySet()) {
            Symbol declared = sub.getKey();
            Object value = walker.argument(sub.getValue(), env, true);
            values.put(declared, value);
            int level = LevelApplier.levelOr(value, Level.CONSTANT);
            if (declared instanceof VariableSymbol && level > Level.STATE) {
                tables.error(DiagCode.E0210_LEVEL_ERROR, sub.getValue().span(), "Level error in instantiating module "
                        + module + ": the substitution for VARIABLE `" + declared.name() + "' has level "
                        + Level.describe(level) + ", but can be at most level 1 (state).");
            } else if (declared.arity() > 0 && value instanceof LevelEnv.OpValue op) {
                int opLevel = applier.apply(op, zeros(declared.arity())).level();
                if (opLevel > Level.CONSTANT) {
                    tables.error(DiagCode.E0211_PRIMED_IN_CONSTANT_CONTEXT, sub.getValue().span(),
                            "Level error in instantiating module " + module + ": the substitution for the constant "
                                    + "operator `" + declared.name() + "' must be constant-level, but has level "
                                    + Level.describe(opLevel) + ".");
                }
            }
        }
        checkUsesOfSubstitutions(inst, values);
    }

    /**
     * Reports a substitution whose level some definition of the instantiated module does not allow
     * (for example a constant that the module primes, replaced by an action-level expression).
     */
    private void checkUsesOfSubstitutions(Instantiation inst, Map<Symbol, Object> values) {
        LevelEnv.Instance instance = new LevelEnv.Instance(values);
        List<InstanceStep> step = List.of(new InstanceStep(inst, -1));
        Set<Symbol> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Ref ref : inst.module().exports().values()) {
            Symbol target = ref.target();
            boolean definition = target instanceof OperatorSymbol || target instanceof FunctionSymbol;
            if (!definition || !ref.isDirect() || ref.after(step).isDirect()) {
                continue;
            }
            List<Object> base = target instanceof OperatorSymbol op ? baseArgs(op) : List.of();
            if (!applier.apply(new LevelEnv.Definition(target, instance), base).failed()
                    || applier.apply(new LevelEnv.Definition(target, LevelEnv.Instance.NONE), base).failed()) {
                continue;
            }
            for (Symbol declared : inst.substitutions().keySet()) {
                Map<Symbol, Object> without = new HashMap<>(values);
                without.remove(declared);
                LevelEnv.Definition trial = new LevelEnv.Definition(target, new LevelEnv.Instance(without));
                if (!applier.apply(trial, base).failed() && reported.add(declared)) {
                    int level = LevelApplier.levelOr(values.get(declared), Level.CONSTANT);
                    tables.error(level == Level.TEMPORAL ? DiagCode.E0212_TEMPORAL_IN_ACTION
                            : DiagCode.E0210_LEVEL_ERROR, inst.substitutions().get(declared).span(),
                            "Level error in instantiating module " + inst.module().name() + ": the substitution for `"
                                    + declared.name() + "' has level " + Level.describe(level)
                                    + ", which the definition of `" + target.name() + "' does not allow.");
                    break;
                }
            }
        }
    }

    private static List<Object> baseArgs(OperatorSymbol op) {
        List<Object> base = new ArrayList<>(op.params().size());
        for (ParamSymbol p : op.params()) {
            base.add(LevelApplier.base(p));
        }
        return base;
    }

    private static List<Object> zeros(int n) {
        List<Object> zeros = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            zeros.add(Level.CONSTANT);
        }
        return zeros;
    }

    /** The level recorded for {@code e} when its definition was checked (parameters constant), or -1. */
    int levelOf(Expr e) {
        Integer level = exprLevels.get(e);
        return level == null ? -1 : level;
    }

    /** The level of a symbol used with constant arguments, outside any instance. */
    int levelOf(Symbol symbol) {
        return switch (symbol) {
            case VariableSymbol v -> Level.STATE;
            case Builtin b -> b.resultLevel();
            case OperatorSymbol op -> cachedOrApplied(op, baseArgs(op));
            case FunctionSymbol f -> cachedOrApplied(f, List.of());
            case AssumeSymbol a -> cachedOrApplied(a, List.of());
            default -> Level.CONSTANT;
        };
    }

    private int cachedOrApplied(Symbol symbol, List<Object> args) {
        Integer level = definitionLevels.get(symbol);
        if (level != null) {
            return level;
        }
        return applier.apply(new LevelEnv.Definition(symbol, LevelEnv.Instance.NONE), args).level();
    }

    /** The level of what {@code ref} denotes, with constant arguments, through its instance steps. */
    int levelOf(Ref ref) {
        if (ref.isDirect()) {
            return levelOf(ref.target());
        }
        LevelEnv.Instance instance = applier.enter(ref, null, LevelEnv.root(LevelEnv.Instance.NONE));
        Symbol target = ref.target();
        return switch (target) {
            case OperatorSymbol op -> applier.apply(new LevelEnv.Definition(op, instance), baseArgs(op)).level();
            case FunctionSymbol f -> applier.apply(new LevelEnv.Definition(f, instance), List.of()).level();
            case AssumeSymbol a -> applier.apply(new LevelEnv.Definition(a, instance), List.of()).level();
            default -> levelOf(target);
        };
    }
}
