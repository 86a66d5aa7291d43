package io.tlaplex.coordinator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits TLC's text of one state into its variables. A top-level conjunct starts a line with {@code /\ name = };
 * every other line continues the value before it. A state of one variable is printed as {@code name = value}.
 */
final class StateText {
    private static final Pattern CONJUNCT = Pattern.compile("^/\\\\ ([A-Za-z0-9_]+) = ?(.*)$");
    private static final Pattern SINGLE = Pattern.compile("^([A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*) = ?(.*)$");

    private StateText() {
    }

    /**
     * The variables in order of appearance, each with its value text (continuation lines keep their indentation
     * relative to the value's first character). Text that does not have this shape comes back whole under the
     * empty name.
     */
    static Map<String, String> parse(String stateText) {
        String[] lines = stateText.replace("\r\n", "\n").split("\n", -1);
        Map<String, String> vars = new LinkedHashMap<>();
        boolean conjuncts = false;
        for (String line : lines) {
            conjuncts |= CONJUNCT.matcher(line).matches();
        }
        if (conjuncts) {
            parseConjuncts(lines, vars);
        } else {
            parseSingle(stateText, lines, vars);
        }
        return vars;
    }

    private static void parseConjuncts(String[] lines, Map<String, String> vars) {
        String name = null;
        int prefix = 0;
        List<String> value = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        for (String line : lines) {
            Matcher m = CONJUNCT.matcher(line);
            if (m.matches()) {
                put(vars, name, value, prefix);
                name = m.group(1);
                prefix = line.length() - m.group(2).length();
                value.clear();
                value.add(m.group(2));
            } else if (name == null) {
                preamble.add(line);
            } else {
                value.add(line);
            }
        }
        put(vars, name, value, prefix);
        String before = String.join("\n", preamble).strip();
        if (!before.isEmpty()) {
            LinkedHashMap<String, String> ordered = new LinkedHashMap<>();
            ordered.put("", before);
            ordered.putAll(vars);
            vars.clear();
            vars.putAll(ordered);
        }
    }

    private static void parseSingle(String stateText, String[] lines, Map<String, String> vars) {
        Matcher m = SINGLE.matcher(lines[0]);
        if (!m.matches()) {
            vars.put("", stateText.strip());
            return;
        }
        List<String> value = new ArrayList<>();
        value.add(m.group(2));
        for (int i = 1; i < lines.length; i++) {
            value.add(lines[i]);
        }
        put(vars, m.group(1), value, lines[0].length() - m.group(2).length());
    }

    private static void put(Map<String, String> vars, String name, List<String> value, int prefix) {
        if (name == null) {
            return;
        }
        while (value.size() > 1 && value.get(value.size() - 1).isBlank()) {
            value.remove(value.size() - 1);
        }
        int strip = prefix;
        for (int i = 1; i < value.size(); i++) {
            if (!value.get(i).isBlank()) {
                strip = Math.min(strip, leadingSpaces(value.get(i)));
            }
        }
        StringBuilder text = new StringBuilder(value.get(0));
        for (int i = 1; i < value.size(); i++) {
            String line = value.get(i);
            text.append('\n').append(line.length() >= strip ? line.substring(strip) : line.strip());
        }
        vars.put(name, text.toString().stripTrailing());
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
