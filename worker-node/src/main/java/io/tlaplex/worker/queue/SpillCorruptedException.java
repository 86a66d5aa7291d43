package io.tlaplex.worker.queue;

import java.nio.file.Path;

/** A spill segment that cannot be read back whole: states would be lost, so the run must stop. */
public final class SpillCorruptedException extends RuntimeException {
    private final transient Path file;

    public SpillCorruptedException(Path file, String problem) {
        super("spill segment " + file + " " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
