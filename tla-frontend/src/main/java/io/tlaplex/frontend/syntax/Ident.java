package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * A name as written, with its place. Operator symbols are names too, spelled in their canonical
 * form (see {@link Operators#canonical(String)}): {@code \land} becomes {@code /\}, and so on.
 */
public record Ident(String name, SourceSpan span) {
    @Override
    public String toString() {
        return name;
    }
}
