package io.tlaplex.coordinator.cli;

import io.tlaplex.coordinator.cluster.ClusterCheck;
import io.tlaplex.coordinator.cluster.CoordinatorSingleton;
import io.tlaplex.coordinator.cluster.PekkoSettings;
import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.worker.nativeio.NodeTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tlaplex coordinator Spec.tla -nodes N -port P -secret-file F}: the coordinator of a cluster check whose
 * nodes are started separately ({@code tlaplex node ... -seed-nodes HOST:P}); prints TLC's output, framed with
 * {@code -tool}, and writes the counterexample with {@code -dumpTrace} as {@code check -nodes} does.
 */
final class CoordinatorCommand implements Command {

    @Override
    public String name() {
        return "coordinator";
    }

    @Override
    public String summary() {
        return "Spec.tla -nodes N -port P -secret-file F   coordinate a cluster check whose nodes start elsewhere";
    }

    @Override
    public List<OptionSpec> options() {
        List<OptionSpec> options = new ArrayList<>(List.of(
                OptionSpec.withValue("-config", "FILE", "the model config (default: Spec.cfg beside the spec)"),
                OptionSpec.withValue("-nodes", "N", "nodes to wait for"),
                OptionSpec.withValue("-workers", "N", "workers per node, as the nodes were told (for the header)"),
                OptionSpec.withValue("-join-timeout", "S", "seconds to wait for every node (default 120)"),
                OptionSpec.flag("-deadlock", "do not report deadlocks (as TLC's -deadlock)"),
                OptionSpec.withValue("-seed", "N", "seed of fingerprints (default 0)"),
                OptionSpec.withValue("-fp", "N", "mixed into the fingerprint seed"),
                OptionSpec.withValue("-live-dir", "DIR", "for temporal properties: the folder, shared with every node "
                        + "(their -live-dir), where the nodes record the behaviour graph")));
        options.addAll(CheckCommand.TRACE_OPTIONS);
        options.addAll(ClusterFlags.common());
        return options;
    }

    @Override
    public int run(ParsedArgs args, Terminal terminal) throws UsageException {
        int nodes = args.intValue("-nodes", 0, 1);
        if (nodes == 0) {
            throw new UsageException("option -nodes is required");
        }
        CheckOptions options = CheckCommand.options(args, NodeTopology.detect());
        PekkoSettings pekko = new PekkoSettings(ClusterFlags.host(args), ClusterFlags.port(args), List.of(),
                CoordinatorSingleton.ROLE, args.has("-v"), ClusterFlags.extra(args));
        ClusterCheck.Run run = new ClusterCheck.Run(nodes, pekko, ClusterFlags.secret(args, true, terminal),
                (seed, onFailure) -> {
                    terminal.err().println("tlaplex: coordinator listening on " + seed + "; waiting for " + nodes
                            + " nodes");
                    return () -> { };
                }, Duration.ofSeconds(args.intValue("-join-timeout", 120, 1)), args.has("-v"));
        try {
            LoadedSpec loaded = SpecLoader.load(args, name(), terminal, true);
            CheckSummary summary = new ClusterCheck(terminal.out(), terminal.err(), System::nanoTime)
                    .withFeatures(CheckCommand.features(args))
                    .withLiveDir(args.value("-live-dir").map(Path::of).orElse(null))
                    .run(ClusterFlags.spec(loaded, options), run);
            return summary.exitCode();
        } catch (ExitException e) {
            return e.status();
        }
    }
}
