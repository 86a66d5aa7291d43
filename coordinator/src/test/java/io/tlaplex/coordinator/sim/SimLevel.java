package io.tlaplex.coordinator.sim;

import java.util.Locale;

/**
 * How hostile a simulated run's world is. Sunny: no faults, only random delays and interleavings. Stormy: the
 * control network drops, duplicates and delays messages (in order per pair of actors, as Pekko Artery delivers
 * them), data links are slow, timers fire early or late and the clock jumps. Radioactive: stormy, and besides
 * nodes and the coordinator crash, a node's engine fails, and a committed checkpoint epoch may be corrupted.
 *
 * @param dropChance        chance that a control message is lost
 * @param duplicateChance   chance that a control message arrives twice
 * @param slowChance        chance that a control message takes up to {@code slowNanos}
 * @param slowNanos         the longest delay of a slow control message
 * @param timerSkew         timers fire after between 1/skew and skew times their delay (1: on time)
 * @param clockJumpChance   chance, per timer firing, that the monotonic clock jumps ahead by up to a second
 * @param crashChance       chance, per step, that a node or the coordinator crashes (within the budgets)
 * @param nodeCrashes       how many node crashes a run may suffer
 * @param coordinatorCrashes how many coordinator crashes a run may suffer
 * @param corruptChance     chance, per restart, that the newest committed epoch has a damaged file
 * @param engineFailures    how many engines' machinery may fail in a run (a full disk, say)
 */
record SimLevel(String name, double dropChance, double duplicateChance, double slowChance, long slowNanos,
                double timerSkew, double clockJumpChance, double crashChance, int nodeCrashes, int coordinatorCrashes,
                double corruptChance, int engineFailures) {

    static final SimLevel SUNNY = new SimLevel("sunny", 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0);
    static final SimLevel STORMY = new SimLevel("stormy", 0.04, 0.04, 0.05, 200_000_000L, 3, 0.05, 0, 0, 0, 0,
            0);
    static final SimLevel RADIOACTIVE = new SimLevel("radioactive", 0.04, 0.04, 0.05, 200_000_000L, 3, 0.05,
            1.0 / 1500, 3, 2, 0.5, 1);

    static SimLevel named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sunny" -> SUNNY;
            case "stormy" -> STORMY;
            case "radioactive" -> RADIOACTIVE;
            default -> throw new IllegalArgumentException("no simulation level " + name
                    + " (sunny, stormy or radioactive)");
        };
    }
}
