package io.tlaplex.worker.explore;

import java.nio.file.Path;
import java.util.Map;

/**
 * Append-only files beside the search that its checkpoints keep too (the behaviour graph of temporal properties):
 * like the trace logs, each is referenced up to its end at the epoch, by checksummed ranges, never copied. The
 * files must lie inside the checkpoint folder.
 */
public interface CheckpointAttachment {

    /** While no worker runs: hands buffered data to the files and returns each with its length in bytes. */
    Map<Path, Long> capture();

    /** On the checkpoint's writer thread, while the workers go on: makes the captured bytes durable. */
    void sync();
}
