package io.tlaplex.worker.trace;

import java.nio.file.Path;

/** A trace log that cannot answer: wrong header, a position past its end, a broken or looping chain. */
public final class TraceCorruptedException extends RuntimeException {
    private final transient Path file;

    public TraceCorruptedException(Path file, String problem) {
        super("trace log " + file + " " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
