package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.eval.CompiledSpec;
import io.tlaplex.frontend.eval.Worker;
import io.tlaplex.frontend.eval.std.SimpleRuntime;
import io.tlaplex.frontend.semantic.SemanticModel;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.worker.spec.SpecStateModel;
import java.io.PrintStream;
import java.util.function.IntFunction;

/**
 * The spec, config and options of a cluster run as every member loads them, and their hashes, which must agree
 * between the coordinator and each node.
 *
 * @param model      the resolved spec
 * @param config     its model config
 * @param configText the config file's text
 * @param options    how to check (seed, deadlock flag, workers per node, fingerprint memory)
 */
public record ClusterSpec(SemanticModel model, ModelConfig config, String configText, CheckOptions options) {

    /** The hashes of the spec sources, and of the config with the options that change answers. */
    public RunHashes hashes() {
        return RunHashes.of(model.sources(), configText, "deadlock=" + options.deadlockFlagGiven() + ";seed="
                + options.seed());
    }

    /** A compiled spec and the first evaluation worker, made with the runtime it was compiled with. */
    record Compiled(CompiledSpec spec, Worker first) {
    }

    /** Compiles the spec as the single-JVM check does; Print output goes to {@code out}. */
    Compiled compile(PrintStream out) throws DiagnosticException {
        ModelConfig effective = options.deadlockFlagGiven() ? config.withCheckDeadlock(false) : config;
        SimpleRuntime runtime = runtime(new StringTable(), 0, out);
        CompiledSpec spec = CompiledSpec.compile(model, effective, runtime);
        return new Compiled(spec, spec.newWorker(runtime, options.seed()));
    }

    /** One model per exploring thread: id 0 uses {@code first}, the others workers of their own. */
    IntFunction<SpecStateModel> models(CompiledSpec spec, Worker first, PrintStream out) {
        return id -> new SpecStateModel(spec, id == 0 ? first
                : spec.newWorker(runtime(spec.strings(), id, out), options.seed()));
    }

    private SimpleRuntime runtime(StringTable strings, int id, PrintStream out) {
        return new SimpleRuntime(strings, options.seed() + id, System::currentTimeMillis, out::println);
    }
}
