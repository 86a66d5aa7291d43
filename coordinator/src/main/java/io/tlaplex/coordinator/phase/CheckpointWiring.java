package io.tlaplex.coordinator.phase;

import io.tlaplex.frontend.eval.State;
import io.tlaplex.worker.checkpoint.CheckpointException;
import io.tlaplex.worker.explore.CheckpointSettings;
import io.tlaplex.worker.explore.ParallelExplorer;
import io.tlaplex.worker.explore.ResumePoint;
import io.tlaplex.worker.explore.StateCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The checkpoint plan of a single-JVM run applied to its explorer: resume from the plan's directory, write
 * checkpoints there, and while the run lasts a shutdown hook that takes one when the JVM is asked to stop
 * (SIGTERM, SIGINT). Closing removes the hook.
 */
final class CheckpointWiring implements AutoCloseable {
    /** How long a SIGTERM or SIGINT waits for the checkpoint it asks for before the JVM stops anyway. */
    private static final long STOP_CHECKPOINT_TIMEOUT_NS = 60_000_000_000L;

    private final Thread hook;
    private final AtomicBoolean requested;

    private CheckpointWiring(Thread hook, AtomicBoolean requested) {
        this.hook = hook;
        this.requested = requested;
    }

    /** Asks for a checkpoint at the next batch boundary (the status page's on-demand trigger), or null without. */
    Runnable requests() {
        return requested == null ? null : () -> requested.set(true);
    }

    /**
     * Applies {@code plan} (null: nothing) to {@code explorer}; {@code writerCodec} encodes queued states for the
     * checkpoint writer, an instance no worker uses; {@code live}, the behaviour graph of temporal properties (or
     * null), is resumed and checkpointed with the search.
     *
     * @throws CheckpointFailure when the plan says to recover and there is no usable checkpoint
     */
    static CheckpointWiring apply(ParallelExplorer<State> explorer, CheckpointOptions plan, long seed,
            StateCodec<State> writerCodec, LiveRun live, LongSupplier nanoClock, PrintStream out) {
        if (plan == null) {
            return new CheckpointWiring(null, null);
        }
        if (plan.recover()) {
            ResumePoint point = resume(explorer, plan, out);
            if (live != null) {
                live.resume(point);
            }
        }
        if (!plan.write()) {
            return new CheckpointWiring(null, null);
        }
        try {
            Files.createDirectories(plan.directory());
        } catch (IOException e) {
            throw new CheckpointFailure("cannot create the checkpoint folder " + plan.directory() + ": "
                    + e.getMessage());
        }
        AtomicBoolean requested = new AtomicBoolean();
        explorer.checkpointTo(new CheckpointSettings(plan.directory(), plan.intervalNanos(), nanoClock,
                requested, plan.specHash(), plan.configHash(), seed), writerCodec,
                live == null ? null : live.attachment());
        Thread hook = Thread.ofPlatform().name("tlaplex-checkpoint-on-stop").unstarted(() -> {
            try {
                if (explorer.checkpointNow(STOP_CHECKPOINT_TIMEOUT_NS)) {
                    out.println("Stopped after a checkpoint; resume with -recover " + plan.directory());
                } else {
                    out.println("Stopped without a new checkpoint; the last one in " + plan.directory()
                            + " (if any) can be resumed with -recover");
                }
                out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        return new CheckpointWiring(hook, requested);
    }

    private static ResumePoint resume(ParallelExplorer<State> explorer, CheckpointOptions plan, PrintStream out) {
        ResumePoint point;
        try {
            point = ResumePoint.load(plan.directory(), plan.specHash(), plan.configHash());
        } catch (CheckpointException e) {
            throw new CheckpointFailure("cannot recover: " + e.getMessage());
        }
        for (String skipped : point.skipped()) {
            out.println("Warning: passed over a damaged checkpoint: " + skipped);
        }
        out.println("Starting recovery from checkpoint " + point.manifest().epoch() + " of " + plan.directory()
                + ": level " + point.level() + ", " + point.distinct() + " distinct states found, "
                + point.generated() + " states generated.");
        explorer.resumeFrom(point);
        return point;
    }

    @Override
    public void close() {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already stopping: the hook runs (or ran) and writes the checkpoint asked for.
        }
    }
}
