package io.tlaplex.frontend.diag;

/**
 * A region of a source file: 1-based line and column of its first character, and of its last
 * character (inclusive). Every syntax node and every diagnostic carries one.
 */
public record SourceSpan(String file, int line, int col, int endLine, int endCol) {

    /** A span for things that have no place in a source file (built-ins, command-line input). */
    public static final SourceSpan NONE = new SourceSpan("<none>", 0, 0, 0, 0);

    /** The smallest span that covers both {@code this} and {@code other}. */
    public SourceSpan to(SourceSpan other) {
        if (this == NONE) {
            return other;
        }
        if (other == NONE) {
            return this;
        }
        boolean otherEndsLater = other.endLine > endLine || (other.endLine == endLine && other.endCol > endCol);
        boolean otherStartsEarlier = other.line < line || (other.line == line && other.col < col);
        return new SourceSpan(file,
                otherStartsEarlier ? other.line : line, otherStartsEarlier ? other.col : col,
                otherEndsLater ? other.endLine : endLine, otherEndsLater ? other.endCol : endCol);
    }

    /** {@code file:line:col}, the prefix of every diagnostic. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + col;
    }
}
