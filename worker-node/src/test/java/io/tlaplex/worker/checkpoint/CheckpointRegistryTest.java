package io.tlaplex.worker.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.protocol.CheckpointFile;
import io.tlaplex.protocol.CheckpointManifest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CheckpointRegistryTest {
    @TempDir
    Path dir;

    static CheckpointManifest nodeEpoch(int epoch) {
        return new CheckpointManifest(1, 9, epoch, "spec", "cfg", 3, 3, 6,
                List.of(new CheckpointFile(1, "epoch-" + epoch + "/node-1.fp", 800, 0xCAFEL)), true);
    }

    @Test
    void shouldKeepEntriesAcrossReopening() throws Exception {
        Path file = dir.resolve("registry.cm");
        try (CheckpointRegistry registry = CheckpointRegistry.open(file)) {
            registry.record(nodeEpoch(1));
            registry.record(nodeEpoch(2));
            registry.record(nodeEpoch(3));
            registry.forget(1);
        }

        try (CheckpointRegistry registry = CheckpointRegistry.open(file)) {
            assertEquals(Set.of(2, 3), registry.epochs());
            assertEquals(nodeEpoch(3), registry.get(3).orElseThrow());
            assertTrue(registry.get(1).isEmpty());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldFindWhatANodeRecordedBeforeItWasKilledWithSigkill() throws Exception {
        Path file = dir.resolve("registry.cm");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RegistryWriterChild.class.getName(),
                file.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("recorded")) {
                seen.append(line).append('\n');
            }
            assertEquals("recorded", line, "child output:\n" + seen);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }

        try (CheckpointRegistry registry = CheckpointRegistry.open(file)) {
            assertEquals(Set.of(7, 8), registry.epochs());
            assertEquals(nodeEpoch(8), registry.get(8).orElseThrow());
        }
    }
}
