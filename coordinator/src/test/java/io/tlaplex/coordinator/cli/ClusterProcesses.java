package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Child JVMs running the command line for the cluster tests, and what they print. */
final class ClusterProcesses {
    static final Path REPO = repo();
    static final Path SPECS = REPO.resolve("coordinator/src/test/resources/cluster");
    private static final long DEFAULT_TIMEOUT_S = 90;

    /** How a check ended: its exit status and what it printed. */
    record Run(int status, String out) {
    }

    private ClusterProcesses() {
    }

    /**
     * Runs {@code tlaplex args} in a child JVM whose temporary folder is a fresh one under {@code dir}, which must be
     * empty afterwards, as {@link #finish} checks; waits up to 90 s.
     */
    static Run run(Path dir, List<String> args) throws IOException, InterruptedException {
        return run(dir, args, DEFAULT_TIMEOUT_S);
    }

    /** As {@link #run(Path, List)}, waiting up to {@code timeoutS} for the end. */
    static Run run(Path dir, List<String> args, long timeoutS) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        Path log = dir.resolve("out-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command(tmp, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            return finish(process, log, tmp, timeoutS);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Waits up to {@code timeoutS} for the check in {@code process} (printing to {@code log}, with {@code tmp} as its
     * temporary folder) to end, and checks that it left no node JVM and no file behind.
     */
    static Run finish(Process process, Path log, Path tmp, long timeoutS) throws IOException, InterruptedException {
        boolean exited = process.waitFor(timeoutS, TimeUnit.SECONDS);
        String out = Files.readString(log);
        assertTrue(exited, "the cluster check did not end within " + timeoutS + " s:\n" + out);
        assertTrue(process.descendants().noneMatch(ProcessHandle::isAlive), "node JVMs outlived the check");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the check left files in its temporary folder");
        }
        return new Run(process.exitValue(), out);
    }

    /** The command of a child JVM running {@code tlaplex args} with {@code tmp} as its temporary folder. */
    static List<String> command(Path tmp, List<String> args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xss16m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp));
        // This JVM's module flags (the build's, Chronicle Map's among them), as the launcher passes them.
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-") || flag.startsWith("--enable-native-access") || flag.startsWith("--sun-misc")
                    || flag.startsWith("-Dchronicle")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "io.tlaplex.coordinator.cli.Tlaplex"));
        command.addAll(args);
        return command;
    }

    /**
     * Starts {@code tlaplex args} in a child JVM with a fresh temporary folder under {@code dir}, its output going to
     * {@code dir/NAME.txt}; the caller waits for it and ends it.
     */
    static Process start(Path dir, String name, List<String> args) throws IOException {
        Path tmp = Files.createTempDirectory(dir, "tmp-");
        return new ProcessBuilder(command(tmp, args)).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".txt").toFile()).start();
    }

    /** A TCP port on the loopback interface that was free a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String depth(String out) {
        return out.lines().filter(l -> l.startsWith("The depth of")).findFirst().orElse("");
    }

    static String counts(String out) {
        return out.lines().filter(l -> l.contains(" states generated, ")).findFirst().orElse("");
    }

    /** The number of states of the counterexample printed, 0 for none. */
    static int traceLength(String out) {
        return (int) out.lines().filter(l -> l.matches("State \\d+: .*")).count();
    }

    private static Path repo() {
        Path at = Path.of("").toAbsolutePath();
        while (at != null && !Files.isDirectory(at.resolve("examples/BankTransfer"))) {
            at = at.getParent();
        }
        if (at == null) {
            throw new IllegalStateException("cannot find the repository root");
        }
        return at;
    }
}
