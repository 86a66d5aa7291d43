package io.tlaplex.coordinator.cluster;

import io.tlaplex.coordinator.phase.CheckOptions;
import io.tlaplex.coordinator.phase.CheckSummary;
import io.tlaplex.coordinator.phase.LocalCheck;
import io.tlaplex.frontend.config.ConfigParser;
import io.tlaplex.frontend.config.ModelConfig;
import io.tlaplex.frontend.diag.DiagnosticException;
import io.tlaplex.frontend.semantic.Frontend;
import io.tlaplex.frontend.semantic.SemanticModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the specs the cluster tests check, and checks them with the single-JVM explorer for reference. */
final class TestSpecs {
    static final Path REPO = locateRepo();
    static final Path GRID = REPO.resolve("coordinator/src/test/resources/cluster/Grid.tla");
    static final Path BANK = REPO.resolve("examples/BankTransfer/BankTransfer.tla");
    static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    private TestSpecs() {
    }

    /** The spec with the config beside it, checked with {@code workers} per node and deadlock checking as set. */
    static ClusterSpec load(Path spec, int workers) {
        Path cfg = spec.resolveSibling(spec.getFileName().toString().replace(".tla", ".cfg"));
        try {
            SemanticModel model = Frontend.load(spec);
            String text = Files.readString(cfg);
            ModelConfig config = ConfigParser.parse(cfg.getFileName().toString(), text).orThrow();
            return new ClusterSpec(model, config, text, options(workers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DiagnosticException e) {
            throw new IllegalStateException("test spec " + spec + " does not load: " + e.diagnostics(), e);
        }
    }

    /** What the single-JVM explorer says about {@code spec}. */
    static CheckSummary singleJvm(ClusterSpec spec) {
        return new LocalCheck(NOWHERE, NOWHERE, System::nanoTime).run(spec.model(), spec.config(), spec.options());
    }

    static CheckOptions options(int workers) {
        return new CheckOptions(workers, false, 0, 60_000_000_000L, 0.25, null, false);
    }

    private static Path locateRepo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/BankTransfer"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
