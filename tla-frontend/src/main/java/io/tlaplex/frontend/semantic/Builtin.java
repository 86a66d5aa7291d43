package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.HashMap;
import java.util.Map;

/**
 * An operator of the TLA+ language itself, defined by no module: {@code =}, {@code \in},
 * {@code /\}, {@code '}, {@code ENABLED}, {@code []} and so on. Each carries SANY's level data:
 * the level of the result, the highest level allowed for each argument, and whether an argument's
 * level raises the result's. Instances are immutable and shared.
 */
public final class Builtin implements Symbol {

    /** Which built-in operator; the evaluator dispatches on this. */
    public enum Kind {
        TRUE("TRUE", 0, 0, 0, 0), FALSE("FALSE", 0, 0, 0, 0), BOOLEAN("BOOLEAN", 0, 0, 0, 0),
        STRING("STRING", 0, 0, 0, 0),
        EQ("=", 2, 0, 2, 1), NEQ("/=", 2, 0, 2, 1), IN("\\in", 2, 0, 2, 1), NOTIN("\\notin", 2, 0, 2, 1),
        CUP("\\cup", 2, 0, 2, 1), CAP("\\cap", 2, 0, 2, 1), SETMINUS("\\", 2, 0, 2, 1),
        SUBSETEQ("\\subseteq", 2, 0, 2, 1),
        AND("/\\", 2, 0, 3, 1), OR("\\/", 2, 0, 3, 1), IMPLIES("=>", 2, 0, 3, 1), EQUIV("<=>", 2, 0, 3, 1),
        NOT("~", 1, 0, 3, 1),
        SUBSET("SUBSET", 1, 0, 2, 1), UNION("UNION", 1, 0, 2, 1), DOMAIN("DOMAIN", 1, 0, 2, 1),
        PRIME("'", 1, 2, 1, 0), UNCHANGED("UNCHANGED", 1, 2, 1, 0), ENABLED("ENABLED", 1, 1, 2, 0),
        CDOT("\\cdot", 2, 2, 2, 0),
        ALWAYS("[]", 1, 3, 3, 0), EVENTUALLY("<>", 1, 3, 3, 0),
        LEADS_TO("~>", 2, 3, 3, 0), PLUS_ARROW("-+->", 2, 3, 3, 0);

        private final String symbol;
        private final int arity;
        private final int resultLevel;
        private final int maxArgLevel;
        private final boolean argsRaiseLevel;

        Kind(String symbol, int arity, int resultLevel, int maxArgLevel, int weight) {
            this.symbol = symbol;
            this.arity = arity;
            this.resultLevel = resultLevel;
            this.maxArgLevel = maxArgLevel;
            this.argsRaiseLevel = weight == 1;
        }

        /** The canonical spelling, as it appears in {@code Expr.OpApp} names. */
        public String symbol() {
            return symbol;
        }
    }

    private static final Map<String, Builtin> BY_SYMBOL = new HashMap<>();

    static {
        for (Kind kind : Kind.values()) {
            BY_SYMBOL.put(kind.symbol, new Builtin(kind));
        }
    }

    private final Kind kind;

    private Builtin(Kind kind) {
        this.kind = kind;
    }

    /** The built-in operator spelled {@code symbol} (canonical spelling), or null. */
    public static Builtin bySymbol(String symbol) {
        return BY_SYMBOL.get(symbol);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String name() {
        return kind.symbol;
    }

    @Override
    public int arity() {
        return kind.arity;
    }

    @Override
    public SourceSpan span() {
        return SourceSpan.NONE;
    }

    /** The level of an application before its arguments are counted. */
    int resultLevel() {
        return kind.resultLevel;
    }

    /** The highest level any argument may have. */
    int maxArgLevel() {
        return kind.maxArgLevel;
    }

    /** True if the level of an application is at least the level of each argument. */
    boolean argsRaiseLevel() {
        return kind.argsRaiseLevel;
    }

    @Override
    public String toString() {
        return kind.symbol;
    }
}
