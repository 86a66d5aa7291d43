package io.tlaplex.worker.checkpoint;

import java.nio.file.Path;

/** Run in a child JVM by {@link CheckpointRegistryTest}: records two epochs, says so, and waits to be killed. */
final class RegistryWriterChild {
    private RegistryWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        CheckpointRegistry registry = CheckpointRegistry.open(Path.of(args[0]));
        registry.record(CheckpointRegistryTest.nodeEpoch(7));
        registry.record(CheckpointRegistryTest.nodeEpoch(8));
        System.out.println("recorded");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
