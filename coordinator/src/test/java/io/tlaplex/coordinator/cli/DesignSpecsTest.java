package io.tlaplex.coordinator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TLA+ specs of tlaplex's own algorithms (docs/specs) are checked by tlaplex itself in every build, in the
 * configurations small enough for it; a change that breaks an invariant of the design fails here.
 */
class DesignSpecsTest {
    private static final Path SPECS = Path.of("..", "docs", "specs");

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "FingerprintSet.tla, FingerprintSetSmall.cfg",
        "MCLevelSyncExplorer.tla, MCLevelSyncExplorer.cfg",
        "MCLevelSyncExplorer.tla, MCLevelSyncExplorerDiamond.cfg",
        "MCCheckpointRecovery.tla, MCCheckpointRecovery.cfg",
    })
    void shouldHoldEveryPropertyOfTheDesignSpec(String module, String config) {
        assertTrue(Files.isRegularFile(SPECS.resolve(module)), "missing " + SPECS.resolve(module));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Tlaplex.standard().run(new String[] {"check", SPECS.resolve(module).toString(), "-config",
            SPECS.resolve(config).toString(), "-workers", "2"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String output = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, output + err.toString(StandardCharsets.UTF_8));
        assertTrue(output.contains("Model checking completed. No error has been found."), output);
    }
}
