package io.tlaplex.coordinator.sim;

import java.util.List;

/**
 * How one seed went: passed, or the first problem, the step it showed at, and how to run that seed again.
 *
 * @param log the last events of the run when it ran verbosely (empty otherwise)
 */
record Verdict(long seed, SimLevel level, boolean passed, long step, String problem, String setup,
               List<String> log, Stats stats) {

    /** What happened in the run: how it ended, its attempts, the faults it met and the epochs it committed. */
    record Stats(String ending, int attempts, int nodeCrashes, int coordinatorCrashes, int engineFailures,
                 int commits, int damaged, long dropped, long duplicated) {
    }

    String command() {
        return "deploy/mvn -q -o -pl coordinator test -Dtest=ControlSimulationTest -Dtlaplex.sim.seed=" + seed
                + " -Dtlaplex.sim.level=" + level.name();
    }

    @Override
    public String toString() {
        return passed ? "seed " + seed + " (" + level.name() + ") passed after " + step + " steps"
                : "seed " + seed + " (" + level.name() + ") failed at step " + step + ": " + problem + "\n  setup: "
                + setup + "\n  reproduce: " + command();
    }
}
