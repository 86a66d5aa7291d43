package io.tlaplex.coordinator.conformance;

import io.tlaplex.coordinator.phase.CheckSummary;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks one model (root module and config in one folder) and says what it found. */
@FunctionalInterface
public interface ModelRunner {
    RunResult run(Path dir, String module, String config) throws Exception;

    /**
     * What a {@code tlaplex check} run printed, in the manifest's terms: the verdict of its exit status, TLC's final
     * counters and depth, and the number of the last state of its counterexample (a lasso's closing
     * {@code Stuttering} or {@code Back to state} line counts, as TLC counts it).
     */
    static RunResult fromOutput(int exitCode, String output) {
        Matcher counts = Pattern.compile("(\\d+) states generated, (\\d+) distinct states found").matcher(output);
        Matcher depth = Pattern.compile("The depth of the complete state graph search is (\\d+)\\.").matcher(output);
        Matcher state = Pattern.compile("(?m)^State (\\d+): ").matcher(output);
        boolean counted = counts.find();
        int traceLength = 0;
        while (state.find()) {
            traceLength = Math.max(traceLength, Integer.parseInt(state.group(1)));
        }
        String verdict = new CheckSummary(exitCode, 0, 0, 0, 0).verdict();
        return new RunResult(verdict, counted ? Long.parseLong(counts.group(2)) : 0,
                counted ? Long.parseLong(counts.group(1)) : 0, depth.find() ? Integer.parseInt(depth.group(1)) : 0,
                traceLength, "exit " + exitCode);
    }
}
