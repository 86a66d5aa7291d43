package io.tlaplex.worker.explore;

/**
 * Rebuilds one step of a trace: re-runs the initial predicate or one state's actions and picks the state with a
 * recorded fingerprint, preferring the recorded action when several actions reach it. Used on the cold path by
 * the thread that rebuilds a counterexample.
 */
public final class StateFinder<S> implements StateModel.Sink<S> {
    private final StateModel<S> model;
    private long wanted;
    private int wantedAction;
    private S from;
    private S found;
    private int foundAction;
    private boolean exact;

    public StateFinder(StateModel<S> model) {
        this.model = model;
    }

    /** The successor of {@code from} (an initial state when {@code from} is null) with fingerprint {@code fp}. */
    public S find(S from, long fp, int actionId) {
        this.from = from;
        this.wanted = fp;
        this.wantedAction = actionId;
        this.found = null;
        this.exact = false;
        if (from == null) {
            model.initialStates(this);
        } else {
            model.successors(from, this);
        }
        if (found == null) {
            throw new IllegalStateException("trace rebuild found no state with fingerprint " + Long.toHexString(fp)
                    + ": the spec does not generate the same states when re-run");
        }
        return found;
    }

    /** The action that produced the state {@link #find} returned. */
    public int foundAction() {
        return foundAction;
    }

    @Override
    public void accept(S state, int actionId) {
        if (exact) {
            return;
        }
        if (found != null && actionId != wantedAction) {
            return;
        }
        if (from != null && !model.satisfiesActionConstraints(from, state)) {
            return;
        }
        if (model.satisfiesConstraints(state) && Explorer.normalize(model.fingerprint(state)) == wanted) {
            found = state;
            foundAction = actionId;
            exact = actionId == wantedAction;
        }
    }
}
