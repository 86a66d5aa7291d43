package io.tlaplex.coordinator.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code tlaplex check} in a child JVM with this JVM's flags and class path, timing it and
 * sampling its resident memory, so that each benchmark run has a process of its own as TLC's has.
 */
final class ChildRun {
    private static final Pattern COUNTS =
            Pattern.compile("(\\d+) states generated, (\\d+) distinct states found, (\\d+) states left on queue\\.");
    private static final Pattern DEPTH = Pattern.compile("The depth of the complete state graph search is (\\d+)\\.");

    /**
     * What one child run printed and used; {@code text} is all of it. {@code phaseSeconds} is the time from the
     * first line starting with the phase marker to the next line starting with "Finished" (or the end), -1 without.
     */
    record Result(int exitCode, long generated, long distinct, int depth, double seconds, long peakRssBytes,
                  String lastLine, String text, double phaseSeconds) {
    }

    private ChildRun() {
    }

    static Result check(Path dir, String module, String config, int workers) throws IOException, InterruptedException {
        return check(dir, module, config, workers, List.of());
    }

    /** Runs {@code tlaplex check} with {@code extra} flags after the usual ones (e.g. {@code -nodes 2 -v}). */
    static Result check(Path dir, String module, String config, int workers, List<String> extra)
            throws IOException, InterruptedException {
        return check(dir, List.of(), module, config, workers, extra, null);
    }

    /**
     * Runs {@code tlaplex check} with {@code jvmFlags} added to the child's JVM flags, timing the phase that begins
     * with the line starting with {@code phaseMarker} (null: none).
     */
    static Result check(Path dir, List<String> jvmFlags, String module, String config, int workers,
            List<String> extra, String phaseMarker) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("check", module, "-config", config, "-workers",
                String.valueOf(workers)));
        args.addAll(extra);
        List<String> command = tlaplexCommand(args);
        command.addAll(1, jvmFlags);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        TimedLines lines = new TimedLines(process);
        Thread reader = Thread.ofPlatform().daemon().name("child-output").start(lines);
        long peak = 0;
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, residentBytes(process.pid()));
        }
        long end = System.nanoTime();
        reader.join();
        Result r = parse(process.exitValue(), lines.text(), (end - start) / 1e9, peak);
        return phaseMarker == null ? r : withPhase(r, lines.phaseSeconds(phaseMarker, end));
    }

    private static Result withPhase(Result r, double phaseSeconds) {
        return new Result(r.exitCode(), r.generated(), r.distinct(), r.depth(), r.seconds(), r.peakRssBytes(),
                r.lastLine(), r.text(), phaseSeconds);
    }

    /** Reads a child's output on a thread of its own, noting when each line arrived. */
    private static final class TimedLines implements Runnable {
        private final Process process;
        private final List<String> lines = new ArrayList<>();
        private final List<Long> arrivalNs = new ArrayList<>();

        TimedLines(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        lines.add(line);
                        arrivalNs.add(now);
                    }
                }
            } catch (IOException e) {
                // The child ended; what was read is all there is.
            }
        }

        synchronized String text() {
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }

        synchronized double phaseSeconds(String marker, long endNs) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(marker)) {
                    for (int j = i + 1; j < lines.size(); j++) {
                        if (lines.get(j).startsWith("Finished")) {
                            return (arrivalNs.get(j) - arrivalNs.get(i)) / 1e9;
                        }
                    }
                    return (endNs - arrivalNs.get(i)) / 1e9;
                }
            }
            return -1;
        }
    }

    /** {@code tlaplex ARGS} in a JVM of its own, with this JVM's flags and class path. */
    static List<String> tlaplexCommand(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(absoluteClassPath());
        command.add(Tlaplex.class.getName());
        command.addAll(args);
        return command;
    }

    /** The child runs in the model's folder, so relative class path entries must be made absolute. */
    private static String absoluteClassPath() {
        StringBuilder out = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!out.isEmpty()) {
                out.append(File.pathSeparatorChar);
            }
            boolean wildcard = entry.endsWith("*");
            String base = wildcard ? entry.substring(0, entry.length() - 1) : entry;
            String absolute = base.isEmpty() ? Path.of("").toAbsolutePath().toString() : Path.of(base).toAbsolutePath()
                    .toString();
            out.append(wildcard ? absolute + File.separator + "*" : absolute);
        }
        return out.toString();
    }

    static Result parse(int exitCode, String text, double seconds, long peakRssBytes) {
        Matcher counts = COUNTS.matcher(text);
        Matcher depth = DEPTH.matcher(text);
        boolean found = counts.find();
        return new Result(exitCode, found ? Long.parseLong(counts.group(1)) : -1,
                found ? Long.parseLong(counts.group(2)) : -1, depth.find() ? Integer.parseInt(depth.group(1)) : -1,
                seconds, peakRssBytes, lastLine(text), text, -1);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    /** VmRSS of a live process from /proc, or 0 where that cannot be read. */
    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process may just have ended, or /proc may be absent: no sample.
        }
        return 0;
    }
}
