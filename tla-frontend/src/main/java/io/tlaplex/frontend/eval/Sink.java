package io.tlaplex.frontend.eval;

/** Receives the states an enumeration generates, duplicates included, with the id of the action that made each. */
@FunctionalInterface
public interface Sink {
    void accept(State state, int actionId);
}
