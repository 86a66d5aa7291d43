package io.tlaplex.coordinator.cli;

import java.io.File;
import java.io.IOException;
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

    /** What one child run printed and used; {@code text} is all of it. */
    record Result(int exitCode, long generated, long distinct, int depth, double seconds, long peakRssBytes,
                  String lastLine, String text) {
    }

    private ChildRun() {
    }

    static Result check(Path dir, String module, String config, int workers) throws IOException, InterruptedException {
        return check(dir, module, config, workers, List.of());
    }

    /** Runs {@code tlaplex check} with {@code extra} flags after the usual ones (e.g. {@code -nodes 2 -v}). */
    static Result check(Path dir, String module, String config, int workers, List<String> extra)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("check", module, "-config", config, "-workers",
                String.valueOf(workers)));
        args.addAll(extra);
        List<String> command = tlaplexCommand(args);
        Path output = Files.createTempFile("tlaplex-bench-", ".out");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            long peak = 0;
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, residentBytes(process.pid()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return parse(process.exitValue(), text, seconds, peak);
        } finally {
            Files.deleteIfExists(output);
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
                seconds, peakRssBytes, lastLine(text), text);
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
