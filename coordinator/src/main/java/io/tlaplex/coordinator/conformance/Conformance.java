package io.tlaplex.coordinator.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs corpus models and compares them with TLC's answers as the corpus README says: exact verdict,
 * distinct states, states generated and depth when the run explores the whole graph; verdict and
 * shortest-trace length when TLC stopped at a safety violation or deadlock; verdict alone for a
 * failed assumption; for a temporal property violation, the counts and the length of the lasso as well.
 */
public final class Conformance {
    private final ModelRunner runner;
    private final LongSupplier nanoClock;

    public Conformance(ModelRunner runner, LongSupplier nanoClock) {
        this.runner = runner;
        this.nanoClock = nanoClock;
    }

    /** Runs every entry, reporting each verdict as it is known; returns them all in order. */
    public List<Verdict> runAll(Path corpus, List<ManifestEntry> entries, Consumer<Verdict> onEach) {
        List<Verdict> verdicts = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            Verdict verdict = runOne(corpus, entry);
            onEach.accept(verdict);
            verdicts.add(verdict);
        }
        return verdicts;
    }

    public Verdict runOne(Path corpus, ManifestEntry entry) {
        long start = nanoClock.getAsLong();
        RunResult result;
        try {
            result = runner.run(corpus.resolve(entry.dir()), entry.module(), entry.config());
        } catch (Exception | StackOverflowError e) {
            double seconds = (nanoClock.getAsLong() - start) / 1e9;
            return new Verdict(Verdict.Status.FAILED, entry.id(), "internal error: " + e, seconds);
        }
        double seconds = (nanoClock.getAsLong() - start) / 1e9;
        String mismatch = compare(entry, result);
        return mismatch == null
                ? new Verdict(Verdict.Status.PASSED, entry.id(), describe(result), seconds)
                : new Verdict(Verdict.Status.FAILED, entry.id(), mismatch, seconds);
    }

    /** Null when the run agrees with TLC; otherwise what differs. */
    static String compare(ManifestEntry expected, RunResult actual) {
        if (!expected.expectedResult().equals(actual.verdict())) {
            return "expected " + expected.expectedResult() + ", got " + actual.verdict()
                    + (actual.detail() == null || actual.detail().isEmpty() ? "" : " (" + actual.detail() + ")");
        }
        switch (expected.expectedResult()) {
            case "safety", "deadlock" -> {
                if (expected.traceLength() != actual.traceLength()) {
                    return "trace length " + actual.traceLength() + ", expected " + expected.traceLength();
                }
                return null;
            }
            case "assumption" -> {
                return null;
            }
            default -> {
                List<String> diffs = new ArrayList<>();
                if (expected.distinctStates() != actual.distinct()) {
                    diffs.add("distinct " + actual.distinct() + " vs TLC " + expected.distinctStates());
                }
                if (expected.totalStates() != actual.generated()) {
                    diffs.add("generated " + actual.generated() + " vs TLC " + expected.totalStates());
                }
                if (expected.depth() != actual.depth()) {
                    diffs.add("depth " + actual.depth() + " vs TLC " + expected.depth());
                }
                if (expected.expectedResult().equals("liveness") && expected.traceLength() != actual.traceLength()) {
                    diffs.add("trace length " + actual.traceLength() + ", expected " + expected.traceLength());
                }
                return diffs.isEmpty() ? null : String.join(", ", diffs);
            }
        }
    }

    private static String describe(RunResult result) {
        return result.verdict() + ", " + result.distinct() + " distinct, " + result.generated() + " generated, depth "
                + result.depth() + (result.traceLength() > 0 ? ", trace " + result.traceLength() : "");
    }

    /** The closing line: {@code N passed, N failed, N skipped}. */
    public static String summary(List<Verdict> verdicts) {
        long passed = verdicts.stream().filter(v -> v.status() == Verdict.Status.PASSED).count();
        long failed = verdicts.stream().filter(v -> v.status() == Verdict.Status.FAILED).count();
        long skipped = verdicts.stream().filter(v -> v.status() == Verdict.Status.SKIPPED).count();
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
