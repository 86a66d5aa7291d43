package io.tlaplex.worker.transport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aeron.Aeron;
import io.aeron.driver.exceptions.ActiveDriverException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.agrona.CloseHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MediaDriverLauncherTest {
    private final Path dir = TestDriver.freshDir();
    private MediaDriverLauncher first;
    private MediaDriverLauncher second;

    @AfterEach
    void cleanUp() {
        CloseHelper.closeAll(second, first);
        assertFalse(Files.exists(dir), "aeron directory deleted");
    }

    @Test
    void shouldStartAnEmbeddedDriverAndDeleteItsDirectoryOnClose() {
        first = MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.EMBEDDED));

        assertTrue(first.isEmbedded());
        assertTrue(Files.isDirectory(dir));
        try (Aeron client = first.connect()) {
            assertTrue(client.clientId() >= 0);
        }
        first.close();
        assertFalse(Files.exists(dir));
    }

    @Test
    void shouldStartADriverInAutoModeWhenNoneIsActive() {
        first = MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.AUTO));

        assertTrue(first.isEmbedded());
    }

    @Test
    void shouldAttachInAutoModeToTheDriverAnotherLauncherStarted() {
        first = MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.EMBEDDED));

        second = MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.AUTO));
        try (Aeron client = second.connect()) {
            assertTrue(client.clientId() >= 0);
        }
        second.close();

        assertFalse(second.isEmbedded());
        assertTrue(Files.isDirectory(dir), "an attached launcher leaves the host's driver alone");
    }

    @Test
    void shouldRefuseToEmbedASecondDriverInAnActiveDirectory() {
        first = MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.EMBEDDED));

        assertThrows(ActiveDriverException.class,
                () -> MediaDriverLauncher.launch(DriverConfig.of(dir, DriverMode.EMBEDDED)));
        assertTrue(Files.isDirectory(dir));
    }
}
