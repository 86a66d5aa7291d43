package io.tlaplex.worker.simulate;

/** Receives a simulation's counters now and then, on one simulating thread at a time. */
public interface SimulationListener {

    SimulationListener NONE = (generated, traces, lengthSum, lengthSquareSum) -> { };

    void progress(long generated, long traces, long lengthSum, long lengthSquareSum);
}
