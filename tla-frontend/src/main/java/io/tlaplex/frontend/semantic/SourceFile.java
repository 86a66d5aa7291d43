package io.tlaplex.frontend.semantic;

/**
 * The text of one module file. {@code fileName} is what diagnostics show ({@code Spec.tla});
 * {@code standard} marks the modules bundled with tlaplex.
 */
public record SourceFile(String fileName, String text, boolean standard) {
}
