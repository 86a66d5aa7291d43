package io.tlaplex.coordinator.web;

/** Where a run is, as the status page and {@code /metrics} name it. */
public enum RunPhase {
    PARSING("parsing"),
    INITIAL_STATES("initial states"),
    EXPLORING("exploring"),
    CHECKING_LIVENESS("checking liveness"),
    DONE("done"),
    FAILED("failed");

    private final String label;

    RunPhase(String label) {
        this.label = label;
    }

    /** The words the page shows, and the {@code phase} label value of {@code tlaplex_run_phase}. */
    public String label() {
        return label;
    }

    boolean isOver() {
        return this == DONE || this == FAILED;
    }
}
