package io.tlaplex.frontend.eval.std;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tlaplex.frontend.syntax.Operators;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operator that a bundled standard module exports has a Java implementation of the same arity, or is on
 * {@link #LEFT_TO_DEFINITION} with the reason. The modules are read as text with simple patterns, not parsed.
 */
class StandardLibraryCoverageTest {
    private static final String STDLIB = "/io/tlaplex/frontend/stdlib";

    /** Operators evaluated from their TLA+ definitions (or by the evaluator itself), and why. */
    private static final Map<String, String> LEFT_TO_DEFINITION = Map.of(
            // TLCEvalDefinition looks a definition up by name: only the evaluator knows the definitions.
            "TLCExt!TLCEvalDefinition", "needs the evaluator's definitions");

    private static final Pattern PREFIX_FORM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?");
    private static final Pattern UNARY_FORM = Pattern.compile("(\\S+)\\s+[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern INFIX_FORM =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s+(\\S+)\\s+[A-Za-z_][A-Za-z0-9_]*");

    @Test
    void shouldImplementOrExplicitlyLeaveEveryExportedOperator() throws IOException, URISyntaxException {
        Map<String, Integer> exported = new TreeMap<>();
        for (Path file : moduleFiles()) {
            String module = file.getFileName().toString().replace(".tla", "");
            definitions(module, Files.readString(file, StandardCharsets.UTF_8), exported);
        }

        for (Map.Entry<String, Integer> e : exported.entrySet()) {
            String[] id = e.getKey().split("!", 2);
            StdOp op = StandardLibrary.lookup(id[0], id[1]);
            if (LEFT_TO_DEFINITION.containsKey(e.getKey())) {
                assertNull(op, e.getKey() + " is implemented, so remove it from LEFT_TO_DEFINITION");
            } else {
                assertNotNull(op, e.getKey() + " has no Java implementation and is not on LEFT_TO_DEFINITION");
                assertEquals(e.getValue(), op.arity(), "arity of " + e.getKey());
            }
        }
        assertTrue(exported.keySet().containsAll(LEFT_TO_DEFINITION.keySet()), "stale LEFT_TO_DEFINITION entry");
    }

    @Test
    void shouldImplementOnlyOperatorsTheModulesDefine() throws IOException, URISyntaxException {
        Map<String, Integer> exported = new TreeMap<>();
        TreeSet<String> files = new TreeSet<>();
        for (Path file : moduleFiles()) {
            String module = file.getFileName().toString().replace(".tla", "");
            files.add(module);
            definitions(module, Files.readString(file, StandardCharsets.UTF_8), exported);
        }

        assertEquals(files, new TreeSet<>(StandardLibrary.modules()));
        for (String module : StandardLibrary.modules()) {
            for (String name : StandardLibrary.names(module)) {
                assertTrue(exported.containsKey(module + "!" + name), module + "!" + name + " is not defined");
            }
        }
    }

    @Test
    void shouldReadDefinitionsOfEveryFormFromTheModuleText() throws IOException, URISyntaxException {
        Map<String, Integer> exported = new TreeMap<>();
        for (Path file : moduleFiles()) {
            String module = file.getFileName().toString().replace(".tla", "");
            definitions(module, Files.readString(file, StandardCharsets.UTF_8), exported);
        }

        assertEquals(0, exported.get("Naturals!Nat"));
        assertEquals(2, exported.get("Naturals!\\div"));
        assertEquals(1, exported.get("Integers!-."));
        assertEquals(2, exported.get("Bags!\\oplus"));
        assertEquals(2, exported.get("Sequences!SelectSeq"));
        assertEquals(4, exported.get("TLCExt!TLCGetAndSet"));
        assertFalse(exported.containsKey("Bags!Total"), "LOCAL definitions are not exported");
    }

    private static Path[] moduleFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(StandardLibraryCoverageTest.class.getResource(STDLIB).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".tla")).sorted().toArray(Path[]::new);
        }
    }

    /** Adds {@code Module!name -> arity} for each exported (non-LOCAL) top-level definition. */
    private static void definitions(String module, String text, Map<String, Integer> out) {
        for (String line : text.split("\n")) {
            int eq = line.indexOf("==");
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
            if (!topLevel || eq < 0 || line.startsWith("----") || line.startsWith("====")
                    || line.startsWith("LOCAL") || line.startsWith("\\*") || line.startsWith("(*")) {
                continue;
            }
            String head = line.substring(0, eq).trim();
            Matcher m;
            if ((m = PREFIX_FORM.matcher(head)).matches()) {
                out.put(module + "!" + m.group(1), m.group(2) == null ? 0 : topLevelCommas(m.group(2)) + 1);
            } else if ((m = INFIX_FORM.matcher(head)).matches()) {
                out.put(module + "!" + Operators.canonical(m.group(1)), 2);
            } else if ((m = UNARY_FORM.matcher(head)).matches()) {
                out.put(module + "!" + Operators.canonical(m.group(1)), 1);
            } else {
                throw new AssertionError("unrecognised definition in " + module + ": " + line);
            }
        }
    }

    /** Commas outside parentheses: {@code s, Test(_)} has one, {@code Op(_, _)} none. */
    private static int topLevelCommas(String params) {
        int depth = 0;
        int commas = 0;
        for (char c : params.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            commas += c == ',' && depth == 0 ? 1 : 0;
        }
        return commas;
    }
}
