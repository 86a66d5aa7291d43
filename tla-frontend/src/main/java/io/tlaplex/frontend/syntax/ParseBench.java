package io.tlaplex.frontend.syntax;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Times the parser over every {@code .tla} file under a folder; backs {@code tlaplex bench parse}. */
public final class ParseBench {
    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 20;

    private ParseBench() {
    }

    /** Parses every {@code .tla} under {@code corpusDir} {@value #ROUNDS} times (after a warm-up); returns a table. */
    public static String run(Path corpusDir) {
        return run(corpusDir, ROUNDS);
    }

    /** Like {@link #run(Path)}, with the number of timed rounds given. */
    public static String run(Path corpusDir, int rounds) {
        List<Path> files = findModules(corpusDir);
        List<String> texts = new ArrayList<>(files.size());
        long lines = 0;
        long chars = 0;
        for (Path f : files) {
            String text = read(f);
            texts.add(text);
            lines += text.lines().count();
            chars += text.length();
        }
        int failed = 0;
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            failed = parseAll(files, texts);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            parseAll(files, texts);
        }
        long elapsedNs = Math.max(1, System.nanoTime() - start);
        double seconds = elapsedNs / 1e9;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-22s %s%n", "corpus", corpusDir));
        out.append(String.format("%-22s %d (%d with errors)%n", "files", files.size(), failed));
        out.append(String.format("%-22s %d%n", "lines per round", lines));
        out.append(String.format("%-22s %d%n", "chars per round", chars));
        out.append(String.format("%-22s %d%n", "rounds", rounds));
        out.append(String.format("%-22s %.3f%n", "total seconds", seconds));
        out.append(String.format("%-22s %.3f%n", "ms per round", seconds * 1000 / Math.max(1, rounds)));
        out.append(String.format("%-22s %.0f%n", "lines/s", lines * (double) rounds / seconds));
        return out.toString();
    }

    private static int parseAll(List<Path> files, List<String> texts) {
        int failed = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (!Parser.parse(files.get(i).getFileName().toString(), texts.get(i)).ok()) {
                failed++;
            }
        }
        return failed;
    }

    private static List<Path> findModules(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".tla") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
