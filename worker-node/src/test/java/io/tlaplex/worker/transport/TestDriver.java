package io.tlaplex.worker.transport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** An embedded media driver in a fresh directory (in /dev/shm when there is one), deleted on close. */
final class TestDriver implements AutoCloseable {
    private final Path dir;
    private final MediaDriverLauncher launcher;

    private TestDriver(Path dir, MediaDriverLauncher launcher) {
        this.dir = dir;
        this.launcher = launcher;
    }

    static TestDriver start() {
        Path dir = freshDir();
        return new TestDriver(dir, MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.EMBEDDED)));
    }

    static Path freshDir() {
        Path shm = Path.of("/dev/shm");
        Path base = Files.isDirectory(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        return base.resolve("tlaplex-aeron-test-" + UUID.randomUUID());
    }

    Path dir() {
        return dir;
    }

    MediaDriverLauncher launcher() {
        return launcher;
    }

    @Override
    public void close() {
        launcher.close();
    }
}
