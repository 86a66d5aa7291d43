package io.tlaplex.coordinator.web;

import io.tlaplex.coordinator.report.TraceEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a counterexample as one self-contained HTML page ({@code -dumpTrace html FILE}): the error, then each state
 * with its action and variables, changed values highlighted, and a control that hides unchanged variables. Opening
 * the page with {@code #collapse} in its URL starts with them hidden. Called on the thread that reports the run.
 */
public final class HtmlTraceWriter {
    private static final String STYLE = resource("trace.css");
    private static final String SCRIPT = resource("trace.js");

    private final StringBuilder out = new StringBuilder(16_384);

    private HtmlTraceWriter() {
    }

    /** Writes the page to {@code file} (UTF-8), replacing it. */
    public static void write(Path file, String spec, String error, List<TraceEntry> trace, TraceEnding ending)
            throws IOException {
        Files.writeString(file, render(spec, error, trace, ending), StandardCharsets.UTF_8);
    }

    /**
     * The page for a counterexample of {@code spec}: {@code error} is the message TLC prints before the trace (e.g.
     * {@code Invariant Inv is violated.}); with {@link TraceEnding#backTo}, the last entry is the closing step.
     */
    public static String render(String spec, String error, List<TraceEntry> trace, TraceEnding ending) {
        return new HtmlTraceWriter().page(spec, error, trace, ending);
    }

    private String page(String spec, String error, List<TraceEntry> trace, TraceEnding ending) {
        boolean closingStep = ending.kind() == TraceEnding.Kind.BACK_TO && !trace.isEmpty();
        int states = closingStep ? trace.size() - 1 : trace.size();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>tlaplex counterexample: ").append(escape(spec)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>Counterexample: <span id=\"spec\">").append(escape(spec)).append("</span></h1>\n")
                .append("<pre id=\"error\" class=\"error\">").append(escape(error.strip())).append("</pre>\n")
                .append("<p id=\"summary\">").append(summary(states, ending)).append("</p>\n")
                .append("<p class=\"controls\"><label><input type=\"checkbox\" id=\"collapse\"> ")
                .append("Hide unchanged variables</label> <span id=\"hidden-count\"></span></p>\n")
                .append("</header>\n<main>\n");
        List<Map<String, String>> parsed = new ArrayList<>(trace.size());
        for (TraceEntry entry : trace) {
            parsed.add(StateText.parse(entry.stateText()));
        }
        for (int i = 0; i < states; i++) {
            boolean loopStart = ending.kind() == TraceEnding.Kind.BACK_TO && ending.backTo() == i + 1;
            step(i + 1, trace.get(i).label(), parsed.get(i), i == 0 ? null : parsed.get(i - 1), loopStart);
        }
        ending(states, trace, parsed, ending);
        out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String summary(int states, TraceEnding ending) {
        String count = states + (states == 1 ? " state" : " states");
        return switch (ending.kind()) {
            case LAST_STATE -> count + ".";
            case STUTTERING -> count + ", then stuttering forever.";
            case BACK_TO -> count + ", then a step back to state " + ending.backTo() + ", forever.";
        };
    }

    private void step(int number, String label, Map<String, String> vars, Map<String, String> previous,
            boolean loopStart) {
        out.append("<section class=\"step").append(loopStart ? " loop-start" : "").append("\" id=\"state-")
                .append(number).append("\">\n<h2><span class=\"num\">State ").append(number)
                .append("</span> <span class=\"action\">").append(escape(label)).append("</span>");
        if (loopStart) {
            out.append(" <span class=\"badge\">the loop starts here</span>");
        }
        out.append(changes(vars, previous)).append("</h2>\n");
        variables(vars, previous);
        out.append("</section>\n");
    }

    private void ending(int states, List<TraceEntry> trace, List<Map<String, String>> parsed, TraceEnding ending) {
        switch (ending.kind()) {
            case LAST_STATE -> {
            }
            case STUTTERING -> out.append("<section class=\"step ending\" id=\"ending\">\n<h2><span class=\"num\">")
                    .append("State ").append(states + 1).append("</span> <span class=\"action\">Stuttering</span>")
                    .append("</h2>\n<p>From here on, no variable changes.</p>\n</section>\n");
            case BACK_TO -> {
                String label = trace.isEmpty() ? "" : trace.get(states).label();
                out.append("<section class=\"step ending\" id=\"ending\">\n<h2><span class=\"num\">State ")
                        .append(states + 1).append("</span> <span class=\"action\">Back to state <a href=\"#state-")
                        .append(ending.backTo()).append("\">").append(ending.backTo()).append("</a>: ")
                        .append(escape(label)).append("</span>");
                if (!trace.isEmpty() && states > 0) {
                    out.append(changes(parsed.get(states), parsed.get(states - 1))).append("</h2>\n");
                    variables(parsed.get(states), parsed.get(states - 1));
                } else {
                    out.append("</h2>\n");
                }
                out.append("</section>\n");
            }
        }
    }

    private static String changes(Map<String, String> vars, Map<String, String> previous) {
        if (previous == null) {
            return "";
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> var : vars.entrySet()) {
            if (!same(var.getValue(), previous.get(var.getKey()))) {
                changed.add(var.getKey().isEmpty() ? "(state)" : var.getKey());
            }
        }
        String list = changed.isEmpty() ? "nothing changed" : "changed: " + String.join(", ", changed);
        return " <span class=\"changes\">" + escape(list) + "</span>";
    }

    private void variables(Map<String, String> vars, Map<String, String> previous) {
        out.append("<table class=\"vars\">\n");
        for (Map.Entry<String, String> var : vars.entrySet()) {
            String kind = previous == null ? "initial"
                    : same(var.getValue(), previous.get(var.getKey())) ? "same" : "changed";
            out.append("<tr class=\"").append(kind).append("\"><th>").append(escape(var.getKey()))
                    .append("</th><td><pre>").append(escape(var.getValue())).append("</pre></td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** Values compare equal when they differ only in how TLC broke them into lines. */
    private static boolean same(String value, String before) {
        return before != null && value.replaceAll("\\s+", " ").equals(before.replaceAll("\\s+", " "));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlTraceWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the trace page's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
