package io.tlaplex.coordinator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TLC's {@code -difftrace}: a state of a trace printed with only the {@code /\ var = value} conjuncts whose value
 * differs from the previous state's (a value may span several lines; continuation lines belong to it).
 */
final class DiffTrace {
    private DiffTrace() {
    }

    /** The conjuncts of {@code current} that are not in {@code previous}, in order. */
    static String changed(String previous, String current) {
        Map<String, String> before = conjuncts(previous);
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> c : conjuncts(current).entrySet()) {
            if (!c.getValue().equals(before.get(c.getKey()))) {
                kept.add(c.getValue());
            }
        }
        return String.join("\n", kept);
    }

    /** Each conjunct's whole text, keyed by its variable (a one-variable state is a single {@code x = v}). */
    private static Map<String, String> conjuncts(String state) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : state.split("\n", -1)) {
            if (line.startsWith("/\\ ") || name == null) {
                if (name != null) {
                    out.put(name, text.toString());
                }
                String body = line.startsWith("/\\ ") ? line.substring(3) : line;
                int eq = body.indexOf(" =");
                name = eq < 0 ? body : body.substring(0, eq);
                text.setLength(0);
                text.append(line);
            } else {
                text.append('\n').append(line);
            }
        }
        if (name != null) {
            out.put(name, text.toString());
        }
        return out;
    }
}
