package io.tlaplex.frontend.semantic;

import io.tlaplex.frontend.diag.SourceSpan;

/** Binds definitions at one level (a module or a LET), reporting clashes with names already visible. */
interface Definer {

    /** Binds a new definition or declaration. */
    void define(String name, Ref ref, SourceSpan span, boolean local);

    /** Binds a {@code RECURSIVE} declaration; it is exported only once defined. */
    void declareRecursive(String name, Ref ref, SourceSpan span);

    /** Called when the definition of a {@code RECURSIVE} declaration is reached. */
    void defineRecursive(String name, Ref ref, boolean local);
}
