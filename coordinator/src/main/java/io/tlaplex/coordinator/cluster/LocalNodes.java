package io.tlaplex.coordinator.cluster;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The node JVMs of a local run: {@code tlaplex node} children started with this JVM's java, flags and class path,
 * each optionally pinned to a NUMA node with numactl, their output going to this process's. A shutdown hook ends
 * them if this JVM is stopped; if it is killed outright, each child notices its parent is gone and exits.
 */
public final class LocalNodes implements AutoCloseable {
    private static final long GRACE_MS = 10_000;

    private final List<Process> processes = new ArrayList<>();
    private final Thread hook = new Thread(this::destroyAll, "tlaplex-node-cleanup");
    private volatile boolean closing;

    private LocalNodes() {
    }

    /**
     * @param count    nodes to start
     * @param args     the {@code tlaplex} arguments of node {@code i} (starting with {@code node}), given the seed
     * @param numactl  the numactl prefix of node {@code i}, or an empty list
     * @param dir      the children's working directory
     */
    public static NodeLauncher launcher(int count, java.util.function.BiFunction<Integer, String, List<String>> args,
                                        IntFunction<List<String>> numactl, Path dir) {
        return (seed, onFailure) -> {
            LocalNodes nodes = new LocalNodes();
            Runtime.getRuntime().addShutdownHook(nodes.hook);
            try {
                for (int i = 0; i < count; i++) {
                    nodes.start(i, numactl.apply(i), args.apply(i, seed), dir, onFailure);
                }
            } catch (IOException | RuntimeException e) {
                nodes.close();
                throw e;
            }
            return nodes;
        };
    }

    private void start(int id, List<String> prefix, List<String> args, Path dir, Consumer<String> onFailure)
            throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add("io.tlaplex.coordinator.cli.Tlaplex");
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        processes.add(process);
        process.onExit().thenAccept(p -> {
            if (!closing && p.exitValue() != 0) {
                onFailure.accept("node " + id + " exited with status " + p.exitValue());
            }
        });
    }

    /** Waits a while for the nodes to leave after Done, then ends the rest. */
    @Override
    public void close() {
        closing = true;
        long deadline = System.currentTimeMillis() + GRACE_MS;
        for (Process process : processes) {
            try {
                process.waitFor(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        destroyAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    private void destroyAll() {
        closing = true;
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (Process process : processes) {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Relative class path entries are made absolute, so children may run in any folder. */
    private static String absoluteClassPath() {
        StringBuilder out = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!out.isEmpty()) {
                out.append(File.pathSeparatorChar);
            }
            boolean wildcard = entry.endsWith("*");
            String base = wildcard ? entry.substring(0, entry.length() - 1) : entry;
            String absolute = Path.of(base.isEmpty() ? "." : base).toAbsolutePath().normalize().toString();
            out.append(wildcard ? absolute + File.separator + "*" : absolute);
        }
        return out.toString();
    }
}
