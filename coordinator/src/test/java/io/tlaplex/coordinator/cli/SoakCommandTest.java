package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code tlaplex soak}: seeded kills, a damaged epoch, resumes, and the summary line. */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SoakCommandTest {
    private static final Path SPECS = Path.of("src", "test", "resources", "checkpoint");

    @Test
    void shouldPassEverySeedIncludingOneWithADamagedCheckpoint() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Tlaplex.standard().run(new String[] {"soak", SPECS.resolve("Odometer.tla").toString(),
            "-config", SPECS.resolve("OdometerLong.cfg").toString(), "-seeds", "3"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text + err);
        assertTrue(text.startsWith("uninterrupted: exit 0, 1500625 distinct, 5873876 generated, depth 72\n"), text);
        assertTrue(text.contains("seed 3: PASS (killed "), text);
        assertTrue(text.contains("newest epoch damaged"), text);
        assertTrue(text.endsWith("3 passed, 0 failed\n"), text);
    }

    @Test
    void shouldPassClusterSeedsThatKillTheCheckAndThatKillANode() {
        Path lattice = Path.of("src", "test", "resources", "cluster", "Lattice.tla");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Tlaplex.standard().run(new String[] {"soak", lattice.toString(), "-seeds", "2", "-workers", "1",
            "-nodes", "2", "-checkpoint", "0.00001"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text + err);
        assertTrue(text.startsWith("uninterrupted: exit 0, 961 distinct, 2762 generated, depth 61\n"), text);
        assertTrue(text.contains("seed 1: PASS (check killed "), text);
        assertTrue(text.contains("seed 2: PASS (node "), text);
        assertTrue(text.endsWith("2 passed, 0 failed\n"), text);
    }

    @Test
    void shouldRefuseAMissingSpecOrConfig() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Tlaplex.standard().run(new String[] {"soak", "NoSuchSpec.tla"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(255, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no spec file "), err.toString());
        ByteArrayOutputStream noConfig = new ByteArrayOutputStream();
        int missingConfig = Tlaplex.standard().run(new String[] {"soak", SPECS.resolve("Odometer.tla").toString(),
            "-config", SPECS.resolve("None.cfg").toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(noConfig, true, StandardCharsets.UTF_8));
        assertEquals(255, missingConfig);
        assertTrue(noConfig.toString(StandardCharsets.UTF_8).contains("no config file "), noConfig.toString());
    }
}
