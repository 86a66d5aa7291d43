package io.tlaplex.worker.transport;

import io.aeron.Aeron;
import io.aeron.CommonContext;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import io.aeron.driver.exceptions.ActiveDriverException;
import org.agrona.CloseHelper;
import org.agrona.IoUtil;

/**
 * The host's media driver as this JVM sees it: started here (and then stopped, and its directory deleted, on
 * close) or run by another process. Owned by the JVM's assembly code; hands out Aeron clients for its directory.
 */
public final class MediaDriverLauncher implements AutoCloseable {
    private static final long DRIVER_TIMEOUT_MS = 10_000;

    private final DriverConfig config;
    private final MediaDriver driver;

    private MediaDriverLauncher(DriverConfig config, MediaDriver driver) {
        this.config = config;
        this.driver = driver;
    }

    /**
     * Starts or finds the driver as {@code config.mode()} says. An embedded driver runs its conductor, sender and
     * receiver on one thread that backs off when idle (or spins, if {@code config.busySpin()}).
     *
     * @param config where the driver lives and how it idles
     * @return the launcher; close it after every client of the driver in this JVM
     * @throws ActiveDriverException in {@link DriverMode#EMBEDDED} when a live driver already uses the directory
     */
    public static MediaDriverLauncher launch(DriverConfig config) {
        return switch (config.mode()) {
            case EXTERNAL -> new MediaDriverLauncher(config, null);
            case EMBEDDED -> new MediaDriverLauncher(config, start(config));
            case AUTO -> launchUnlessActive(config);
        };
    }

    private static MediaDriverLauncher launchUnlessActive(DriverConfig config) {
        if (CommonContext.isDriverActive(config.aeronDir().toFile(), DRIVER_TIMEOUT_MS, message -> { })) {
            return new MediaDriverLauncher(config, null);
        }
        try {
            return new MediaDriverLauncher(config, start(config));
        } catch (ActiveDriverException e) {
            // Another JVM on the host started its driver between our check and our start: use that one.
            return new MediaDriverLauncher(config, null);
        }
    }

    private static MediaDriver start(DriverConfig config) {
        MediaDriver.Context context = new MediaDriver.Context()
                .aeronDirectoryName(config.aeronDir().toString())
                // Not deleting on start lets the driver refuse a directory that a live driver still uses.
                .dirDeleteOnStart(false)
                .dirDeleteOnShutdown(true)
                .warnIfDirectoryExists(false)
                .termBufferSparseFile(true)
                .threadingMode(ThreadingMode.SHARED)
                .sharedIdleStrategy(config.newIdleStrategy());
        return MediaDriver.launch(context);
    }

    /** Returns a new Aeron client of this driver; the caller closes it before closing this launcher. */
    public Aeron connect() {
        return Aeron.connect(new Aeron.Context()
                .aeronDirectoryName(aeronDirectoryName())
                .driverTimeoutMs(DRIVER_TIMEOUT_MS));
    }

    /** Returns the driver's directory. */
    public String aeronDirectoryName() {
        return config.aeronDir().toString();
    }

    /** Returns true when the driver runs inside this JVM. */
    public boolean isEmbedded() {
        return driver != null;
    }

    /** Returns the config this launcher was started with. */
    public DriverConfig config() {
        return config;
    }

    /** Stops an embedded driver and deletes its directory; leaves an external driver alone. */
    @Override
    public void close() {
        if (driver != null) {
            CloseHelper.close(driver);
            IoUtil.delete(config.aeronDir().toFile(), true);
        }
    }
}
