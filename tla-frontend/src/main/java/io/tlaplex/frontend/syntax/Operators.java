package io.tlaplex.frontend.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The TLA+ operator symbols as SANY knows them: canonical spellings, and each operator's fixity,
 * precedence range (1-17, as in the "Summary of TLA+" table) and associativity.
 */
public final class Operators {

    /** Where an operator stands relative to its operands. */
    public enum Fixity { PREFIX, INFIX, POSTFIX }

    /**
     * An operator's syntax. Two operators in a row without parentheses are fine when one range is
     * wholly above the other, or when they are the same left-associative operator.
     */
    public record Info(String symbol, Fixity fixity, int low, int high, boolean leftAssociative) {

        /** True when {@code this}, to the left of {@code right}, must be applied first. */
        boolean bindsBefore(Info right) {
            return low > right.high;
        }

        /** True when {@code right}, to the right of {@code this}, must be applied first. */
        boolean yieldsTo(Info right) {
            return high < right.low;
        }
    }

    private static final Map<String, String> SYNONYMS = new HashMap<>();
    private static final Map<String, Info> INFIX = new HashMap<>();
    private static final Map<String, Info> PREFIX = new HashMap<>();
    private static final Map<String, Info> POSTFIX = new HashMap<>();

    static {
        synonyms("/\\", "\\land");
        synonyms("\\/", "\\lor");
        synonyms("~", "\\lnot", "\\neg");
        synonyms("/=", "#");
        synonyms("<=", "\\leq", "=<");
        synonyms(">=", "\\geq");
        synonyms("\\cup", "\\union");
        synonyms("\\cap", "\\intersect");
        synonyms("\\o", "\\circ");
        synonyms("<=>", "\\equiv");
        synonyms("\\X", "\\times");
        synonyms("\\oplus", "(+)");
        synonyms("\\ominus", "(-)");
        synonyms("\\odot", "(.)");
        synonyms("\\oslash", "(/)");
        synonyms("\\otimes", "(\\X)");

        infix(1, 1, false, "=>");
        infix(2, 2, false, "<=>", "~>", "-+->");
        infix(3, 3, true, "/\\", "\\/");
        infix(5, 5, false, "=", "/=", "<", ">", "<=", ">=", "\\in", "\\notin", "\\subseteq", "\\subset",
                "\\supset", "\\supseteq", "\\prec", "\\succ", "\\preceq", "\\succeq", "\\sim", "\\simeq", "\\ll",
                "\\gg", "\\asymp", "\\approx", "\\cong", "\\sqsubset", "\\sqsubseteq", "\\sqsupset",
                "\\sqsupseteq", "\\doteq", "\\propto", "|-", "|=", "-|", "=|", ":=", "::=");
        infix(5, 14, true, "\\cdot");
        infix(6, 6, true, "@@");
        infix(7, 7, false, "<:", ":>");
        infix(8, 8, false, "\\");
        infix(8, 8, true, "\\cap", "\\cup");
        infix(9, 9, false, "..", "...");
        infix(9, 13, true, "$$", "$", "??", "##", "\\uplus", "\\sqcap", "\\sqcup");
        infix(9, 13, false, "!!");
        infix(9, 14, false, "\\wr");
        infix(10, 11, true, "|", "||", "%%");
        infix(10, 11, false, "%");
        infix(10, 10, true, "+", "++", "\\oplus");
        infix(11, 11, true, "-", "--", "\\ominus");
        infix(10, 13, true, "\\X");
        infix(13, 13, true, "*", "&&", "&", "**", "\\odot", "\\otimes", "\\star", "\\o", "\\bigcirc", "\\bullet");
        infix(13, 13, false, "/", "//", "\\oslash", "\\div");
        infix(14, 14, false, "^", "^^");

        prefix(4, 4, "~");
        prefix(4, 15, "[]", "<>", "ENABLED", "UNCHANGED");
        prefix(10, 13, "SUBSET", "UNION", "DOMAIN");
        prefix(12, 12, "-.");

        for (String s : new String[] {"'", "^+", "^*", "^#"}) {
            POSTFIX.put(s, new Info(s, Fixity.POSTFIX, 15, 15, false));
        }
    }

    private Operators() {
    }

    private static void synonyms(String canonical, String... others) {
        for (String o : others) {
            SYNONYMS.put(o, canonical);
        }
    }

    private static void infix(int low, int high, boolean left, String... symbols) {
        for (String s : symbols) {
            INFIX.put(s, new Info(s, Fixity.INFIX, low, high, left));
        }
    }

    private static void prefix(int low, int high, String... symbols) {
        for (String s : symbols) {
            PREFIX.put(s, new Info(s, Fixity.PREFIX, low, high, false));
        }
    }

    /**
     * The canonical spelling of an operator symbol: {@code \land} becomes {@code /\}, {@code #}
     * becomes {@code /=}, {@code \times} becomes {@code \X}, and so on. Unary minus is {@code -.};
     * a bare {@code -} is binary minus. Unknown symbols are returned unchanged.
     */
    public static String canonical(String symbol) {
        String c = SYNONYMS.get(symbol);
        return c == null ? symbol : c;
    }

    /** The infix operator spelled {@code symbol} (any synonym), or null. */
    public static Info infix(String symbol) {
        return INFIX.get(canonical(symbol));
    }

    /** The prefix operator spelled {@code symbol} ({@code -.} for unary minus), or null. */
    public static Info prefix(String symbol) {
        return PREFIX.get(canonical(symbol));
    }

    /** The postfix operator spelled {@code symbol}, or null. */
    public static Info postfix(String symbol) {
        return POSTFIX.get(symbol);
    }

    /** True for a symbol that can be an infix, prefix or postfix operator. */
    public static boolean isOperator(String symbol) {
        String c = canonical(symbol);
        return INFIX.containsKey(c) || PREFIX.containsKey(c) || POSTFIX.containsKey(c);
    }
}
