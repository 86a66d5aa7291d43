package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.value.BoolValue;
import io.tlaplex.frontend.value.IntValue;
import io.tlaplex.frontend.value.RecordValue;
import io.tlaplex.frontend.value.StringTable;
import io.tlaplex.frontend.value.StringValue;
import io.tlaplex.frontend.value.Value;

/**
 * TLCGet("config"): the run's settings as TLC gives them, a record of {@code mode} ("bfs" or "simulate"),
 * {@code depth} (-1 in a breadth-first search), {@code traces} (-1: no limit), {@code deadlock} (whether deadlock
 * is checked), {@code worker}, {@code seed} and {@code fingerprint} (as strings, as TLC's).
 */
final class RunConfigValue {
    private RunConfigValue() {
    }

    static Value of(StringTable strings, CheckOptions options, CheckFeatures features, ModelConfig config) {
        CheckFeatures.SimulationOptions sim = features.simulation();
        String[] names = {"mode", "depth", "traces", "deadlock", "worker", "seed", "fingerprint"};
        Value[] values = {
            strings.string(sim == null ? "bfs" : "simulate"),
            IntValue.of(sim == null ? -1 : sim.depth()),
            IntValue.of(sim == null ? -1 : (int) Math.min(Integer.MAX_VALUE, sim.traces())),
            BoolValue.of(config.checkDeadlock().orElse(true)),
            IntValue.of(options.workers()),
            strings.string(Long.toString(sim == null ? options.seed() : sim.seed())),
            strings.string(Long.toString(options.seed())),
        };
        StringValue[] keys = new StringValue[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = strings.string(names[i]);
        }
        return RecordValue.of(keys, values);
    }
}
