package io.tlaplex.coordinator.cluster;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The node JVMs of a local run: {@code tlaplex node} children started with this JVM's java, flags and class path
 * (plus a class archive, {@link ClassArchive}), each optionally pinned to a NUMA node with numactl, their output
 * copied to this process's once the run takes them. They ignore SIGINT and SIGTERM; a shutdown hook ends them if
 * this JVM is stopped, after the checkpoint the stop asks for ({@link StopHooks}); if it is killed outright, each
 * child notices its parent is gone and exits.
 */
public final class LocalNodes implements AutoCloseable {
    private static final long GRACE_MS = 10_000;
    private static final long OUTPUT_DRAIN_MS = 5_000;

    /**
     * What to start.
     *
     * @param count   nodes to start
     * @param args    the {@code tlaplex} arguments of node {@code i} (starting with {@code node}), given the seed
     * @param numactl the numactl prefix of node {@code i}, or an empty list
     * @param dir     the children's working directory
     */
    public record Plan(int count, BiFunction<Integer, String, List<String>> args, IntFunction<List<String>> numactl,
                       Path dir) {
    }

    private final List<Process> processes = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final Thread hook = new Thread(() -> {
        StopHooks.awaitFirst();
        destroyAll();
    }, "tlaplex-node-cleanup");
    private final ClassArchive archive;
    private Consumer<String> onFailure;
    private volatile boolean closing;

    private LocalNodes(ClassArchive archive) {
        this.archive = archive;
    }

    /** Starts the nodes when the coordinator asks for them, each time it asks. */
    public static NodeLauncher launcher(Plan plan) {
        ClassArchive archive = ClassArchive.forThisJvm();
        return (seed, onFailure) -> start(plan, seed, archive).takeOver(onFailure);
    }

    /**
     * Starts the nodes now, to join {@code seed} once the coordinator listens there, so that their JVMs start while
     * the coordinator sets itself up; the returned launcher hands them over when the coordinator asks for nodes at
     * {@code seed}, and starts new ones for any other call (a restart).
     */
    public static EarlyNodes early(Plan plan, String seed) throws IOException {
        ClassArchive archive = ClassArchive.forThisJvm();
        NodeLauncher later = (at, onFailure) -> start(plan, at, archive).takeOver(onFailure);
        return new EarlyNodes(start(plan, seed, archive), seed, later);
    }

    /** Nodes started before the coordinator listens; closing it ends them if the run never took them. */
    public static final class EarlyNodes implements NodeLauncher, AutoCloseable {
        private final LocalNodes nodes;
        private final String seed;
        private final NodeLauncher later;
        private boolean taken;

        private EarlyNodes(LocalNodes nodes, String seed, NodeLauncher later) {
            this.nodes = nodes;
            this.seed = seed;
            this.later = later;
        }

        @Override
        public synchronized AutoCloseable launch(String at, Consumer<String> onFailure) throws Exception {
            if (!taken && at.equals(seed)) {
                taken = true;
                return nodes.takeOver(onFailure);
            }
            return later.launch(at, onFailure);
        }

        /** Ends the early nodes, and drops their output, when the run stopped before it took them. */
        @Override
        public synchronized void close() {
            if (!taken) {
                taken = true;
                nodes.discard();
            }
        }
    }

    private static LocalNodes start(Plan plan, String seed, ClassArchive archive) throws IOException {
        StartTrace.mark("launch nodes");
        LocalNodes nodes = new LocalNodes(archive);
        Runtime.getRuntime().addShutdownHook(nodes.hook);
        try {
            for (int i = 0; i < plan.count(); i++) {
                nodes.start(i, plan.numactl().apply(i), plan.args().apply(i, seed), plan.dir());
            }
        } catch (IOException | RuntimeException e) {
            nodes.discard();
            throw e;
        }
        return nodes;
    }

    private void start(int id, List<String> prefix, List<String> args, Path dir) throws IOException {
        ClassArchive.Use classes = archive.use(id);
        List<String> command = new ArrayList<>(prefix);
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ClassArchive.inheritable(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(classes.flags());
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add("io.tlaplex.coordinator.cli.Tlaplex");
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        processes.add(process);
        outputs.add(Output.copy(process.getInputStream(), new FileOutputStream(FileDescriptor.out),
                "tlaplex-node-" + id + "-out"));
        outputs.add(Output.copy(process.getErrorStream(), new FileOutputStream(FileDescriptor.err),
                "tlaplex-node-" + id + "-err"));
        process.onExit().thenAccept(p -> exited(id, p, classes));
    }

    private void exited(int id, Process process, ClassArchive.Use classes) {
        classes.ended(process.exitValue() == 0);
        if (!closing && process.exitValue() != 0) {
            fail("node " + id + " exited with status " + process.exitValue());
        }
    }

    private synchronized void fail(String why) {
        if (onFailure == null) {
            failures.add(why);
        } else {
            onFailure.accept(why);
        }
    }

    /** The run takes the nodes: their output so far is printed, and failures so far are reported. */
    private synchronized LocalNodes takeOver(Consumer<String> failed) {
        StartTrace.mark("coordinator up, takes nodes");
        onFailure = failed;
        failures.forEach(failed);
        outputs.forEach(Output::release);
        return this;
    }

    /** Waits a while for the nodes to leave after Done, then ends the rest. */
    @Override
    public void close() {
        StartTrace.mark("close nodes");
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
        StartTrace.mark("nodes gone");
        destroyAll();
        outputs.forEach(output -> output.awaitEnd(OUTPUT_DRAIN_MS));
        removeHook();
    }

    private void discard() {
        closing = true;
        outputs.forEach(Output::discard);
        destroyAll();
        removeHook();
    }

    private void removeHook() {
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

    /**
     * Copies a node's stdout or stderr to this process's on a thread of its own; until the run takes the node it
     * holds the text back, so that nodes the run never takes (it stopped before: a spec error) print nothing.
     */
    static final class Output implements Runnable {
        private static final int CHUNK_BYTES = 8192;

        private final InputStream in;
        private final OutputStream target;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private final Thread thread;
        private boolean holding = true;
        private boolean dropping;

        private Output(InputStream in, OutputStream target, String name) {
            this.in = in;
            this.target = target;
            this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this);
        }

        static Output copy(InputStream in, OutputStream target, String name) {
            Output output = new Output(in, target, name);
            output.thread.start();
            return output;
        }

        @Override
        public void run() {
            byte[] chunk = new byte[CHUNK_BYTES];
            try (in) {
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    write(chunk, n);
                }
            } catch (IOException e) {
                // The node ended or was killed: what it wrote so far is all there is.
            }
        }

        private synchronized void write(byte[] chunk, int length) throws IOException {
            if (dropping) {
                return;
            }
            if (holding) {
                held.write(chunk, 0, length);
            } else {
                target.write(chunk, 0, length);
                target.flush();
            }
        }

        synchronized void release() {
            holding = false;
            try {
                held.writeTo(target);
                target.flush();
            } catch (IOException e) {
                // This process's stdout is gone: nothing to show the text on.
            }
            held.reset();
        }

        synchronized void discard() {
            dropping = true;
            held.reset();
        }

        void awaitEnd(long timeoutMs) {
            try {
                thread.join(timeoutMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A dynamic AppCDS archive of the classes a node JVM loads (Pekko, Scala, Aeron, tlaplex's own), kept in
     * {@code ~/.cache/tlaplex} under a name that hashes this JVM and its class path: node 0 of a run that finds none
     * records it when it exits, later runs' nodes map those classes instead of parsing and verifying them again.
     * Off for class paths with folders (CDS takes classes from jars only) or with {@code TLAPLEX_NODE_CDS=off}.
     */
    static final class ClassArchive {
        private static final String PREFIX = "node-";
        private static final String SUFFIX = ".jsa";
        private static final int KEEP = 3;
        private static final ClassArchive OFF = new ClassArchive(null);

        private final Path file;
        private final AtomicBoolean recording = new AtomicBoolean();

        ClassArchive(Path file) {
            this.file = file;
        }

        /** The flags of one node JVM, and what to do with the archive it recorded (if it was told to) at its end. */
        record Use(List<String> flags, Consumer<Boolean> onEnd) {
            void ended(boolean cleanly) {
                onEnd.accept(cleanly);
            }
        }

        static ClassArchive forThisJvm() {
            String home = System.getProperty("user.home");
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg, "tlaplex")
                    : home == null || home.isBlank() ? null : Path.of(home, ".cache", "tlaplex");
            if (cache == null || "off".equals(System.getenv("TLAPLEX_NODE_CDS"))) {
                return OFF;
            }
            return at(cache, ProcessHandle.current().info().command().orElse("java"),
                    inheritable(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                    List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        }

        /** The archive in {@code cache} for these JVM facts, or one that is off when CDS cannot serve them. */
        static ClassArchive at(Path cache, String java, List<String> jvmFlags, List<String> classPath) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                update(digest, java + "\n" + System.getProperty("java.vm.version") + "\n" + jvmFlags);
                for (String entry : classPath) {
                    Path jar = Path.of(entry).toAbsolutePath();
                    if (entry.endsWith("*") || !Files.isRegularFile(jar)) {
                        return OFF;
                    }
                    update(digest, jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis());
                }
                Files.createDirectories(cache);
                String key = HexFormat.of().formatHex(digest.digest(), 0, 8);
                return new ClassArchive(cache.resolve(PREFIX + key + SUFFIX));
            } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
                return OFF;
            }
        }

        /**
         * This JVM's flags without its own class archive's, if any (a launcher's for the CLI JVM): two JVMs must
         * not record one file, and a node maps the nodes' archive.
         */
        static List<String> inheritable(List<String> jvmFlags) {
            return jvmFlags.stream().filter(flag -> !flag.startsWith("-XX:SharedArchiveFile")
                    && !flag.startsWith("-XX:ArchiveClassesAtExit") && !flag.contains("AutoCreateSharedArchive")
                    && !flag.startsWith("-XX:AOTCache") && !flag.startsWith("-XX:AOTMode")
                    && !flag.startsWith("-XX:AOTConfiguration") && !flag.startsWith("-Xlog:cds")
                    && !flag.startsWith("-Xlog:aot")).toList();
        }

        private static void update(MessageDigest digest, String text) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }

        Path file() {
            return file;
        }

        /** Node {@code id} maps the archive, or (node 0, when there is none yet) records it. */
        Use use(int id) {
            Consumer<Boolean> nothing = cleanly -> { };
            if (file == null) {
                return new Use(List.of(), nothing);
            }
            if (Files.isRegularFile(file)) {
                touch(file);
                return new Use(quiet("-XX:SharedArchiveFile=" + file), nothing);
            }
            if (id != 0 || !recording.compareAndSet(false, true)) {
                return new Use(List.of(), nothing);
            }
            Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            return new Use(quiet("-XX:ArchiveClassesAtExit=" + partial), cleanly -> adopt(partial, cleanly));
        }

        /** The JVM's CDS messages (a stale archive, classes it skips) would mix with TLC's output. */
        private static List<String> quiet(String flag) {
            return Runtime.version().feature() >= 25 ? List.of(flag, "-Xlog:cds*=off", "-Xlog:aot*=off")
                    : List.of(flag, "-Xlog:cds*=off");
        }

        /** Moves a recording whose JVM ended cleanly into place in one step, so no node maps half a file. */
        void adopt(Path partial, boolean cleanly) {
            try {
                if (cleanly && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    prune();
                } else {
                    Files.deleteIfExists(partial);
                }
            } catch (IOException e) {
                // The cache is an optimisation: a later run records again.
            } finally {
                recording.set(false);
            }
        }

        /** Keeps the archives used most recently; others belong to builds or JVMs gone by. */
        private void prune() throws IOException {
            try (Stream<Path> all = Files.list(file.getParent())) {
                List<Path> archives = all.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                        && p.getFileName().toString().endsWith(SUFFIX)).sorted(Comparator.comparing(
                        ClassArchive::modified).reversed()).toList();
                for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
                    Files.deleteIfExists(old);
                }
            }
        }

        private static FileTime modified(Path path) {
            try {
                return Files.getLastModifiedTime(path);
            } catch (IOException e) {
                return FileTime.fromMillis(0);
            }
        }

        private static void touch(Path path) {
            try {
                Files.setLastModifiedTime(path, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException e) {
                // Only the pruning order depends on it.
            }
        }
    }
}
