package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.Diagnostic;
import io.tlaplex.frontend.diag.Severity;
import java.util.List;

/**
 * What {@link Parser#parse} found: the module (null only when nothing usable was parsed) and
 * every diagnostic, sorted by position.
 */
public record ParseResult(Module module, List<Diagnostic> diagnostics) {

    /** True when there is a module and no error (warnings allowed). */
    public boolean ok() {
        if (module == null) {
            return false;
        }
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }
}
