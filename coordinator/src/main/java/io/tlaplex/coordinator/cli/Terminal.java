package io.tlaplex.coordinator.cli;

import java.io.PrintStream;

/** Where a command writes: standard output for results, standard error for problems. */
record Terminal(PrintStream out, PrintStream err, boolean debug) {
}
