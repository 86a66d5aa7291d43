package io.tlaplex.frontend.diag;

/**
 * Stable codes for every diagnostic the front end reports. Tests assert on these. Ranges:
 * E01xx lexing and parsing, E02xx names/arity/levels, E03xx the .cfg file, E04xx module loading.
 */
public enum DiagCode {
    // --- E01xx: lexer and parser ---
    E0101_UNEXPECTED_CHARACTER,
    E0102_UNTERMINATED_STRING,
    E0103_UNTERMINATED_COMMENT,
    E0104_BAD_NUMBER,
    E0105_BAD_ESCAPE,
    E0110_EXPECTED_TOKEN,
    E0111_UNEXPECTED_TOKEN,
    E0112_EXPECTED_EXPRESSION,
    E0113_MISSING_MODULE_HEADER,
    E0114_MISSING_MODULE_END,
    E0115_MODULE_NAME_MISMATCH,
    E0116_BAD_JUNCTION_ALIGNMENT,
    E0117_NONASSOCIATIVE_OPERATOR,
    E0118_PRECEDENCE_CONFLICT,
    E0119_BAD_DEFINITION,

    // --- E02xx: names, arity and levels ---
    E0201_UNDEFINED_NAME,
    E0202_DUPLICATE_DEFINITION,
    E0203_WRONG_ARITY,
    E0204_NOT_AN_OPERATOR,
    E0205_NOT_AN_INSTANCE,
    E0206_BAD_SUBSTITUTION,
    E0207_MISSING_SUBSTITUTION,
    E0208_RECURSIVE_WITHOUT_DECLARATION,
    E0209_AT_OUTSIDE_EXCEPT,
    E0210_LEVEL_ERROR,
    E0211_PRIMED_IN_CONSTANT_CONTEXT,
    E0212_TEMPORAL_IN_ACTION,
    E0213_HIGHER_ORDER_ARGUMENT,

    // --- E03xx: the .cfg file ---
    E0301_CFG_SYNTAX,
    E0302_CFG_UNKNOWN_KEYWORD,
    E0303_CFG_BAD_VALUE,
    E0304_CFG_UNDEFINED_NAME,
    E0305_CFG_DUPLICATE,
    E0306_CFG_MISSING_CONSTANT,
    E0307_CFG_CONFLICT,
    E0308_CFG_WRONG_ARITY,
    E0309_CFG_MISSING_SECTION,
    E0310_CFG_LEVEL,

    // --- E04xx: finding and loading modules ---
    E0401_MODULE_NOT_FOUND,
    E0402_CIRCULAR_EXTENDS,
    E0403_FILE_UNREADABLE,

    // --- E05xx: compiling a spec and its configuration for checking (package eval) ---
    E0501_EVAL_NOT_A_STATE_PREDICATE, E0502_EVAL_UNSUPPORTED_SPEC, E0503_EVAL_BAD_SYMMETRY, E0504_EVAL_NOT_USABLE;

    /** The short code, e.g. {@code E0103}. */
    public String id() {
        return name().substring(0, 5);
    }
}
