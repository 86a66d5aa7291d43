package io.tlaplex.coordinator.cluster;

import java.util.function.Consumer;

/** Starts the node JVMs of a run once the coordinator listens; none for a coordinator whose nodes start elsewhere. */
@FunctionalInterface
public interface NodeLauncher {

    /**
     * @param seed      the coordinator's cluster address, {@code host:port}
     * @param onFailure told why, when a node ends before the run does
     * @return what to close when the run is over (it waits for the nodes, then ends any still running)
     */
    AutoCloseable launch(String seed, Consumer<String> onFailure) throws Exception;
}
