package io.tlaplex.frontend.eval;

/** The slots of one frame, handed out at compile time; slot 0 holds the static link. */
final class Layout {
    private int size = 1;

    int allocate() {
        return size++;
    }

    int size() {
        return size;
    }
}
