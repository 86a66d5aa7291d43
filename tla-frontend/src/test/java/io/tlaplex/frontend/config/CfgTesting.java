package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;

/** Shared helpers for the .cfg tests: parse a text as MC.cfg and show diagnostics as one line each. */
final class CfgTesting {
    static final String FILE = "MC.cfg";

    private CfgTesting() {
    }

    static ConfigParseResult parse(String text) {
        return ConfigParser.parse(FILE, text);
    }

    /** Parses text that must be free of diagnostics. */
    static ModelConfig parseClean(String text) {
        ConfigParseResult result = parse(text);
        if (!result.diagnostics().isEmpty()) {
            throw new AssertionError("unexpected diagnostics: " + lines(result.diagnostics()));
        }
        return result.config();
    }

    /** {@code MC.cfg:2:5: E0301 error: message} for each diagnostic. */
    static List<String> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.span() + ": " + d.code().id() + " " + d.severity().label() + ": " + d.message())
                .toList();
    }

    static SourceSpan span(int line, int col, int endCol) {
        return new SourceSpan(FILE, line, col, line, endCol);
    }
}
