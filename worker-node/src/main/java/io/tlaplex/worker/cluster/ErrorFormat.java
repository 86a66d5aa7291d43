package io.tlaplex.worker.cluster;

/**
 * Turns an exception the model threw into what the user is shown (the engine does not know the evaluator's error
 * type); supplied by the assembly code.
 */
public interface ErrorFormat {

    /** The message as TLC prints it, or null when {@code error} is not an evaluation error but a bug. */
    String message(RuntimeException error);

    /** TLC's exit status for {@code error}. */
    int exitCode(RuntimeException error);
}
