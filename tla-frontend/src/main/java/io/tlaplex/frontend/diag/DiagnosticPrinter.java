package io.tlaplex.frontend.diag;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Formats diagnostics for a terminal: the headline, then the offending source line and a caret
 * under the column. Stateless; the caller gives a way to find a file's text by name.
 */
public final class DiagnosticPrinter {
    private final Function<String, String> sourceByFile;

    public DiagnosticPrinter(Function<String, String> sourceByFile) {
        this.sourceByFile = sourceByFile;
    }

    public static DiagnosticPrinter of(Map<String, String> sources) {
        return new DiagnosticPrinter(sources::get);
    }

    public String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(format(d));
        }
        return out.toString();
    }

    public String format(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder(diagnostic.headline()).append('\n');
        SourceSpan span = diagnostic.span();
        String text = span.line() > 0 ? sourceByFile.apply(span.file()) : null;
        String line = text == null ? null : lineOf(text, span.line());
        if (line != null) {
            String shown = line.replace('\t', ' ');
            out.append("    ").append(shown).append('\n');
            out.append("    ").append(" ".repeat(Math.max(0, Math.min(span.col() - 1, shown.length()))));
            int width = span.endLine() == span.line() ? Math.max(1, span.endCol() - span.col() + 1) : 1;
            out.append("^".repeat(Math.min(width, Math.max(1, shown.length() - span.col() + 1)))).append('\n');
        }
        return out.toString();
    }

    private static String lineOf(String text, int lineNumber) {
        int start = 0;
        for (int i = 1; i < lineNumber; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String line = end < 0 ? text.substring(start) : text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
