package io.tlaplex.frontend.eval.live;

import java.util.List;

/**
 * One way a property can fail, to be searched for in the behaviour graph: a disjunct of the property's negation in
 * disjunctive normal form. A counterexample is a fair lasso whose first state satisfies {@code init} (null: any),
 * that the {@code tableau} (null: none needed) accepts, whose cycle satisfies every {@code infinitelyOften} formula
 * ({@code []<>X}) somewhere and every {@code eventuallyAlways} formula ({@code <>[]X}) everywhere.
 */
public record LiveCheck(String property, TFormula init, Tableau tableau, List<TFormula> infinitelyOften,
        List<TFormula> eventuallyAlways) {
}
