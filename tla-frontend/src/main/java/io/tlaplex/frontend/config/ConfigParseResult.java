package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.diag.Severity;
import java.util.List;

/**
 * What {@link ConfigParser#parse} found: the configuration (as much of it as could be read, even
 * when there are errors) and every diagnostic of the file, ordered by position.
 */
public record ConfigParseResult(ModelConfig config, List<Diagnostic> diagnostics) {

    /** TLC's process exit code for an error in the configuration file. */
    public static final int EXIT_CODE = 151;

    public ConfigParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether the file has no errors (it may have warnings). */
    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The configuration, or all diagnostics as an exception carrying exit code 151 if there are errors. */
    public ModelConfig orThrow() throws DiagnosticException {
        if (!ok()) {
            throw new DiagnosticException(diagnostics, EXIT_CODE);
        }
        return config;
    }
}
