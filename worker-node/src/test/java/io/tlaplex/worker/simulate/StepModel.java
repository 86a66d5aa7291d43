package io.tlaplex.worker.simulate;

/**
 * A behaviour model for tests: from 0, steps of +1 (action 1) and +2 (action 2) while below 9; no invariant is
 * violated and deadlocks are not checked unless a test overrides it.
 */
class StepModel implements BehaviourModel<Integer> {

    @Override
    public void startBehaviour(long seed) {
    }

    @Override
    public void level(int level) {
    }

    @Override
    public void initialStates(Sink<Integer> sink) {
        sink.accept(0, 0);
    }

    @Override
    public void successors(Integer state, Sink<Integer> sink) {
        if (state < 9) {
            sink.accept(state + 1, 1);
            sink.accept(state + 2, 2);
        }
    }

    @Override
    public long fingerprint(Integer state) {
        return state;
    }

    @Override
    public boolean satisfiesConstraints(Integer state) {
        return true;
    }

    @Override
    public boolean satisfiesActionConstraints(Integer from, Integer to) {
        return true;
    }

    @Override
    public int violatedInvariant(Integer state) {
        return -1;
    }

    @Override
    public boolean checkDeadlock() {
        return false;
    }
}
