package io.tlaplex.frontend.syntax;

import io.tlaplex.frontend.diag.SourceSpan;
import java.util.List;

/**
 * A parsed module: {@code ---- MODULE name ----}, its {@code EXTENDS} list and its units in
 * source order. Nested modules appear among the units as {@link Unit.NestedModule}.
 */
public record Module(Ident name, List<Ident> extendsNames, List<Unit> units, String file, SourceSpan span) {
}
