package io.tlaplex.worker.transport;

/** Where the host's one Aeron media driver runs, as seen from this JVM. */
public enum DriverMode {
    /** Start the driver inside this JVM; fails if a live driver already uses the directory. */
    EMBEDDED,
    /** Use a driver some other process runs (a standalone driver, or the first node JVM on the host). */
    EXTERNAL,
    /** Use the live driver in the directory if there is one, otherwise start one here: the first JVM hosts it. */
    AUTO
}
