package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.LocalCheck;
import java.util.List;

/** {@code tlaplex check Spec.tla [-config Spec.cfg] [-workers N] [-deadlock] ...}: model checking, TLC's way. */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "Spec.tla [-config Spec.cfg] [-workers N] [-deadlock]   check a spec exhaustively, breadth first";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.withValue("-config", "FILE", "the model config (default: Spec.cfg beside the spec)"),
                OptionSpec.withValue("-workers", "N", "worker threads, or 'auto' for one per core (default 1)"),
                OptionSpec.flag("-deadlock", "do not report deadlocks (as TLC's -deadlock)"),
                OptionSpec.withValue("-seed", "N", "seed of fingerprints and of RandomElement (default 0)"),
                OptionSpec.withValue("-fp", "N", "mixed into the fingerprint seed, as TLC's polynomial index"),
                OptionSpec.flag("-cleanup", "accepted for TLC compatibility; tlaplex leaves no state files behind"),
                OptionSpec.flag("-noTE", "accepted for TLC compatibility; tlaplex writes no trace-explorer spec"),
                OptionSpec.flag("-nowarning", "accepted for TLC compatibility"));
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException {
        CheckOptions options = options(args);
        try {
            LoadedSpec loaded = SpecLoader.load(args, name(), terminal, true);
            CheckSummary summary = new LocalCheck(terminal.out(), terminal.err(), System::nanoTime)
                    .run(loaded.model(), loaded.config(), options);
            return summary.exitCode();
        } catch (ExitException e) {
            return e.status();
        }
    }

    static CheckOptions options(ParsedArgs args) throws UsageException {
        int workers = 1;
        if (args.value("-workers").isPresent()) {
            String w = args.value("-workers").get();
            workers = w.equals("auto") ? Runtime.getRuntime().availableProcessors() : args.intValue("-workers", 1, 1);
        }
        long seed = longValue(args, "-seed") ^ (longValue(args, "-fp") * 0x9E3779B97F4A7C15L);
        return new CheckOptions(workers, args.has("-deadlock"), seed, 60_000_000_000L);
    }

    private static long longValue(ParsedArgs args, String name) throws UsageException {
        String text = args.value(name).orElse("0");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " expects a whole number, got '" + text + "'");
        }
    }
}
