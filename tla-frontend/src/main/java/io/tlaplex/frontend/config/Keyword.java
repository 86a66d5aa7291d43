package io.tlaplex.frontend.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every keyword of the TLC config language, spelled as the constant's name. Keywords are
 * case-sensitive, as in TLC; {@link #nearest} suggests one for a misspelt word.
 */
enum Keyword {
    CONSTANT(null),
    CONSTANTS(null),
    INIT(Section.INIT),
    NEXT(Section.NEXT),
    SPECIFICATION(Section.SPECIFICATION),
    INVARIANT(Section.INVARIANT),
    INVARIANTS(Section.INVARIANT),
    PROPERTY(Section.PROPERTY),
    PROPERTIES(Section.PROPERTY),
    CONSTRAINT(Section.CONSTRAINT),
    CONSTRAINTS(Section.CONSTRAINT),
    ACTION_CONSTRAINT(Section.ACTION_CONSTRAINT),
    ACTION_CONSTRAINTS(Section.ACTION_CONSTRAINT),
    SYMMETRY(Section.SYMMETRY),
    VIEW(Section.VIEW),
    ALIAS(Section.ALIAS),
    POSTCONDITION(Section.POSTCONDITION),
    CHECK_DEADLOCK(null);

    private static final Keyword[] ALL = values();

    /** The names section this keyword opens; {@code null} for CONSTANT(S) and CHECK_DEADLOCK. */
    final Section section;

    Keyword(Section section) {
        this.section = section;
    }

    boolean isConstants() {
        return this == CONSTANT || this == CONSTANTS;
    }

    static Optional<Keyword> of(String word) {
        for (Keyword k : ALL) {
            if (k.name().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The keyword the user most likely meant by {@code word}: one that differs only in case, or a
     * few edits away, or that starts with a long enough {@code word}.
     */
    static Optional<Keyword> nearest(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        Keyword best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Keyword k : ALL) {
            int d = EditDistance.between(upper, k.name());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (bestDistance <= Math.max(1, upper.length() / 4)) {
            return Optional.of(best);
        }
        if (upper.length() >= 4) {
            for (Keyword k : ALL) {
                if (k.name().startsWith(upper)) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }

    /** The keywords that open a section, for "expected one of" messages. */
    static String sectionList() {
        return "CONSTANT, INIT, NEXT, SPECIFICATION, INVARIANT, PROPERTY, CONSTRAINT, ACTION_CONSTRAINT, "
                + "SYMMETRY, VIEW, ALIAS, POSTCONDITION, CHECK_DEADLOCK";
    }
}
