package io.tlaplex.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.tlaplex.frontend.diag.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damages corpus modules token by token (seeded, so every run sees the same cases) and checks that
 * the parser always returns, quickly, and explains itself whenever it gives up on the module.
 */
class ParserMutationTest {
    private static final long SEED = 20240611L;
    private static final int CASES = 3000;
    private static final Duration PER_CASE = Duration.ofSeconds(5);

    @Test
    void shouldReturnADiagnosticOrAModuleForEveryDamagedModule() {
        List<Path> files = SharedSpecs.modules();
        assumeFalse(files.isEmpty(), "no specs found under " + SharedSpecs.folder("corpus") + "; skipping");
        List<String> texts = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        for (Path f : files) {
            String text = SharedSpecs.read(f);
            texts.add(text);
            tokens.add(new Lexer("M.tla", text, new ArrayList<>()).run());
        }
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            int file = random.nextInt(texts.size());
            String damaged = mutate(texts.get(file), tokens.get(file), random);
            String label = "case " + i + " (" + files.get(file).getFileName() + ")";
            assertTimeoutPreemptively(PER_CASE, () -> check(damaged, label), label);
        }
    }

    private static void check(String text, String label) {
        ParseResult r = Parser.parse("M.tla", text);
        assertNotNull(r.diagnostics(), label);
        if (r.module() == null) {
            assertFalse(r.diagnostics().isEmpty(), label + ": no module and no diagnostic");
        }
        for (Diagnostic d : r.diagnostics()) {
            assertFalse(d.message().startsWith("internal parser error"), label + ": " + d.headline());
        }
    }

    /** Deletes, duplicates or swaps one to three tokens of the module's text. */
    private static String mutate(String text, List<Token> tokens, Random random) {
        String s = text;
        List<Token> toks = tokens;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && toks != null && toks.size() > 2; e++) {
            Token a = toks.get(random.nextInt(toks.size() - 1));
            Token b = toks.get(random.nextInt(toks.size() - 1));
            String ta = s.substring(a.start, a.end);
            s = switch (random.nextInt(3)) {
                case 0 -> s.substring(0, a.start) + s.substring(a.end);
                case 1 -> s.substring(0, a.end) + " " + ta + s.substring(a.end);
                default -> swap(s, a, b);
            };
            toks = new Lexer("M.tla", s, new ArrayList<>()).run();
        }
        return s;
    }

    private static String swap(String s, Token a, Token b) {
        if (a.start == b.start) {
            return s;
        }
        Token first = a.start < b.start ? a : b;
        Token second = a.start < b.start ? b : a;
        if (first.end > second.start) {
            return s;
        }
        return s.substring(0, first.start) + s.substring(second.start, second.end) + s.substring(first.end, second.start)
                + s.substring(first.start, first.end) + s.substring(second.end);
    }
}
