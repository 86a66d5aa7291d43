package io.tlaplex.frontend.config;

import io.tlaplex.frontend.diag.SourceSpan;

/**
 * A name as written in a .cfg file, with its place there, so that later phases can point at it.
 * Qualified left-hand sides of a CONSTANT entry keep their {@code !}: {@code Inst!C}.
 */
public record CfgName(String name, SourceSpan span) {
    @Override
    public String toString() {
        return name;
    }
}
